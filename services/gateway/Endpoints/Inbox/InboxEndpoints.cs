using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Notification.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Inbox;

/// <summary>The user's in-app inbox: what happened to their withdrawals, logins and credentials.</summary>
public static class InboxEndpoints
{
    public static RouteGroupBuilder MapInboxEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/inbox").WithTags("Inbox");
        group.MapGet("/", ListAsync);
        group.MapPost("/{messageId}/read", MarkReadAsync);
        return api;
    }

    private static async Task<Ok<InboxPage>> ListAsync(
        [AsParameters] InboxQuery query, HttpContext http, Notifications.NotificationsClient notifications, ServiceCalls calls)
    {
        var inbox = await notifications.ListInboxAsync(new ListInboxRequest
        {
            UserId = http.User.UserId(),
            UnreadOnly = query.UnreadOnly ?? false,
            PageSize = query.PageSize ?? Page.DefaultSize,
            PageToken = query.PageToken ?? "",
        }, calls.ForUser(http));
        return TypedResults.Ok(new InboxPage(
            inbox.Messages.Select(ToResponse).ToArray(),
            inbox.Unread,
            inbox.NextPageToken.Length == 0 ? null : inbox.NextPageToken));
    }

    private static async Task<Ok<InboxMessageResponse>> MarkReadAsync(
        [Identifier] string messageId, HttpContext http, Notifications.NotificationsClient notifications, ServiceCalls calls) =>
        TypedResults.Ok(ToResponse(await notifications.MarkReadAsync(
            new MarkReadRequest { UserId = http.User.UserId(), MessageId = messageId }, calls.ForUser(http))));

    private static InboxMessageResponse ToResponse(InboxMessage message) =>
        new(message.MessageId, message.Title, message.Body, message.EventType, message.Read, message.At.ToApi());
}
