using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Notification.Domain.Announcements;
using Platform.Notification.Domain.Delivery;
using Platform.Notification.Domain.Inbox;
using Platform.Notification.Domain.Otp;
using Platform.Notification.Domain.Sms;
using Platform.Notification.Domain.Templates;
using Platform.Notification.Handlers;
using Platform.Notification.Events;
using Platform.Notification.Options;
using Platform.Notification.Storage;
using Platform.Notification.Telemetry;
using Platform.PubSub;
using Platform.Redis;

namespace Platform.Notification.Extensions;

public static class NotificationServiceExtensions
{
    /// <summary>
    /// Registers notification's parts: options, Redis, the event subscriptions, templates, channels, inbox, OTP and
    /// announcements.
    /// </summary>
    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<NotificationOptions>().Bind(builder.Configuration.GetSection(NotificationOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();

        builder.AddRedisClient("redis");
        services.AddGrpc().MapStoreOutages("notification");
        services.AddGrpcHealthChecks();
        builder.AddPubSub(Topics.PubSubName, appId: "notification")
            .Subscribe<WithdrawalEvent, WithdrawalEventHandler>(Topics.WithdrawalCompleted)
            .Subscribe<WithdrawalEvent, WithdrawalEventHandler>(Topics.WithdrawalFailed)
            .Subscribe<WithdrawalEvent, WithdrawalEventHandler>(Topics.WithdrawalRejected)
            .Subscribe<WithdrawalEvent, WithdrawalEventHandler>(Topics.WithdrawalReviewRequired)
            .Subscribe<SecurityEvent, SecurityEventHandler>(Topics.IdentitySecurity)
            .Subscribe<RiskAlert, RiskAlertHandler>(Topics.RiskAlert);

        services.AddSingleton<NotificationTelemetry>();
        services.AddSingleton(TemplateCatalog.LoadEmbedded());
        services.AddSingleton<InboxStore>();
        services.AddSingleton<SmsOutboxStore>();
        services.AddSingleton<RateLimitStore>();
        services.AddSingleton<ContactStore>();
        services.AddSingleton<AnnouncementStore>();

        services.AddSingleton<ISmsSender, OutboxSmsSender>();
        services.AddSingleton<SmsOutboxReader>();
        services.AddSingleton<Notifier>();
        services.AddSingleton<OtpService>();
        services.AddSingleton<InboxService>();
        services.AddSingleton<AnnouncementService>();
        services.AddSingleton<AnnouncementPublisher>();
        return builder;
    }
}
