using System.Text.Json;
using Platform.Notification.Domain.Sms;
using Platform.Redis;

namespace Platform.Notification.Storage;

/// <summary>The built-in SMS outbox: per phone, messages by id in sending order, the newest kept.</summary>
public sealed class SmsOutboxStore(IRedisClient redis)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<bool> AppendAsync(SmsMessageRecord message, int kept)
    {
        var reply = await NotificationScripts.AppendSms.EvaluateAsync(redis,
            [NotificationKeys.SmsMessages(message.Phone), NotificationKeys.SmsOrder(message.Phone), NotificationKeys.SmsSequence(message.Phone)],
            [message.Id, JsonSerializer.Serialize(message, Json), kept]);
        return reply.AsInt64() == 1;
    }

    /// <summary>The newest <paramref name="count"/> messages to <paramref name="phone"/>, newest first.</summary>
    public async Task<IReadOnlyList<SmsMessageRecord>> ListAsync(string phone, int count)
    {
        var ids = await redis.ExecuteAsync("ZREVRANGE", NotificationKeys.SmsOrder(phone), 0, count - 1);
        if (ids.Count == 0) return [];
        var fields = new List<string>(ids.Count);
        foreach (var id in ids.Elements) fields.Add(id.AsString()!);
        var values = await redis.HMGetStringAsync(NotificationKeys.SmsMessages(phone), fields);
        return values.Where(json => json is not null).Select(json => JsonSerializer.Deserialize<SmsMessageRecord>(json!, Json)!).ToList();
    }
}
