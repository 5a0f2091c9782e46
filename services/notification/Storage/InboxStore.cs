using System.Globalization;
using System.Text.Json;
using Platform.Notification.Domain.Inbox;
using Platform.Redis;

namespace Platform.Notification.Storage;

/// <summary>Per-user inboxes: messages by id, their order by a per-user sequence, and the unread ones.</summary>
public sealed class InboxStore(IRedisClient redis)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores the message unless one with the same id is already there; true when stored.</summary>
    public async Task<bool> DeliverAsync(string userId, StoredMessage message, int kept)
    {
        var reply = await NotificationScripts.DeliverInbox.EvaluateAsync(redis,
            [NotificationKeys.InboxMessages(userId), NotificationKeys.InboxOrder(userId), NotificationKeys.InboxUnread(userId), NotificationKeys.InboxSequence(userId)],
            [message.Id, JsonSerializer.Serialize(message, Json), kept]);
        return reply.AsInt64() == 1;
    }

    /// <summary>Messages below <paramref name="beforeSequence"/> (null for the newest), newest first.</summary>
    public async Task<InboxPage> ListAsync(string userId, long? beforeSequence, int size, bool unreadOnly)
    {
        var reply = await NotificationScripts.ListInbox.EvaluateAsync(redis,
            [NotificationKeys.InboxMessages(userId), NotificationKeys.InboxOrder(userId), NotificationKeys.InboxUnread(userId)],
            [beforeSequence?.ToString(CultureInfo.InvariantCulture) ?? "+inf", size, unreadOnly ? "1" : "0"]);
        var messages = new List<(StoredMessage, bool, long)>();
        for (var i = 1; i + 3 < reply.Count; i += 4)
        {
            var json = reply[i + 2].AsString()!;
            if (json.Length == 0) continue;
            messages.Add((JsonSerializer.Deserialize<StoredMessage>(json, Json)!, reply[i + 3].AsInt64() == 1, (long)reply[i + 1].AsDouble()));
        }
        return new InboxPage(messages, (int)reply[0].AsInt64());
    }

    /// <summary>Marks the message read; null when the user has no such message.</summary>
    public async Task<StoredMessage?> MarkReadAsync(string userId, string messageId)
    {
        var reply = await NotificationScripts.MarkRead.EvaluateAsync(redis,
            [NotificationKeys.InboxMessages(userId), NotificationKeys.InboxUnread(userId)], [messageId]);
        return reply.IsNull ? null : JsonSerializer.Deserialize<StoredMessage>(reply.AsString()!, Json);
    }
}
