using Grpc.Core;
using Platform.Contracts.Notification.V1;
using Platform.Notification.Domain.Announcements;
using Platform.Notification.Domain.Inbox;
using Platform.Notification.Domain.Otp;
using Platform.Notification.Domain.Sms;
using Platform.Notification.Events;
using Platform.ServiceDefaults.Security;
using Platform.Grpc.Validation;

namespace Platform.Notification.Grpc;

/// <summary>
/// The Notifications gRPC service. SendOtp is for services only (identity, acting for the user); the inbox is
/// the user's own; the SMS outbox and publishing announcements are for operators; announcements are for everyone.
/// </summary>
public sealed class NotificationService(
    CallerVerifier verifier,
    OtpService otp,
    InboxService inbox,
    SmsOutboxReader outbox,
    AnnouncementService announcements,
    AnnouncementPublisher publisher) : Notifications.NotificationsBase
{
    public override Task<SendOtpResponse> SendOtp(SendOtpRequest request, ServerCallContext context)
    {
        var caller = verifier.RequireUser(context, request.UserId);
        if (caller.Role != CallerRole.System) throw RpcProblems.PermissionDenied("one-time codes are sent by services only");
        return otp.SendAsync(request);
    }

    public override Task<ListInboxResponse> ListInbox(ListInboxRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return inbox.ListAsync(request);
    }

    public override Task<InboxMessage> MarkRead(MarkReadRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return inbox.MarkReadAsync(request);
    }

    /// <summary>The built-in provider's outbox, for operators (and tests signing as one): it holds codes in clear.</summary>
    public override Task<ListSmsResponse> ListSms(ListSmsRequest request, ServerCallContext context)
    {
        verifier.RequireOperator(context);
        return outbox.ListAsync(request);
    }

    public override async Task<Announcement> PublishAnnouncement(PublishAnnouncementRequest request, ServerCallContext context)
    {
        verifier.RequireOperator(context);
        var (announcement, record) = await announcements.PublishAsync(request);
        await publisher.PublishAsync(record);
        return announcement;
    }

    public override Task<ListAnnouncementsResponse> ListAnnouncements(ListAnnouncementsRequest request, ServerCallContext context)
    {
        verifier.GetCaller(context);
        return announcements.ListAsync(request);
    }
}
