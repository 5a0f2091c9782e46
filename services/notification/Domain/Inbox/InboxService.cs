using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Notification.V1;
using Platform.Notification.Grpc;
using Platform.Notification.Storage;
using Platform.Grpc.Validation;

namespace Platform.Notification.Domain.Inbox;

/// <summary>The in-app inbox: newest first, paginated, with the unread count; messages are marked read one by one.</summary>
public sealed class InboxService(InboxStore inbox)
{
    public async Task<ListInboxResponse> ListAsync(ListInboxRequest request)
    {
        var size = FieldRules.PageSize(request.PageSize);
        long? before = null;
        if (request.PageToken.Length > 0)
        {
            before = long.TryParse(request.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > 0
                ? sequence
                : throw RpcProblems.Invalid("page_token is not valid: pass back a next_page_token from an earlier page");
        }

        var page = await inbox.ListAsync(request.UserId, before, size, request.UnreadOnly);
        var response = new ListInboxResponse { Unread = page.UnreadCount };
        response.Messages.Add(page.Messages.Select(entry => ToContract(entry.Message, !entry.Unread)));
        if (page.Messages.Count == size) response.NextPageToken = page.Messages[^1].Sequence.ToString(CultureInfo.InvariantCulture);
        return response;
    }

    public async Task<InboxMessage> MarkReadAsync(MarkReadRequest request)
    {
        var messageId = FieldRules.Id(request.MessageId, "message_id");
        var message = await inbox.MarkReadAsync(request.UserId, messageId) ?? throw RpcProblems.NotFound("no such message");
        return ToContract(message, read: true);
    }

    private static InboxMessage ToContract(StoredMessage message, bool read) => new()
    {
        MessageId = message.Id,
        Title = message.Title,
        Body = message.Body,
        EventType = message.EventType,
        Read = read,
        At = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(message.AtMs)),
    };
}
