using System.Text.Json;
using Platform.Notification.Domain.Announcements;
using Platform.Redis;

namespace Platform.Notification.Storage;

/// <summary>Security announcements: by id, ordered by publication time, the newest kept.</summary>
public sealed class AnnouncementStore(IRedisClient redis)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task AddAsync(AnnouncementRecord announcement, int kept)
    {
        var transaction = redis.CreateTransaction();
        transaction.Add("HSET", NotificationKeys.AnnouncementData, announcement.Id, JsonSerializer.Serialize(announcement, Json));
        transaction.Add("ZADD", NotificationKeys.AnnouncementOrder, announcement.PublishedMs, announcement.Id);
        foreach (var reply in await transaction.ExecuteAsync()) reply.ThrowIfError();
        await TrimAsync(kept);
    }

    public async Task<IReadOnlyList<AnnouncementRecord>> ListAsync(int count)
    {
        var ids = await redis.ExecuteAsync("ZREVRANGE", NotificationKeys.AnnouncementOrder, 0, count - 1);
        if (ids.Count == 0) return [];
        var fields = new List<string>(ids.Count);
        foreach (var id in ids.Elements) fields.Add(id.AsString()!);
        var values = await redis.HMGetStringAsync(NotificationKeys.AnnouncementData, fields);
        return values.Where(json => json is not null).Select(json => JsonSerializer.Deserialize<AnnouncementRecord>(json!, Json)!).ToList();
    }

    private async Task TrimAsync(int kept)
    {
        var reply = await redis.ExecuteAsync("ZRANGE", NotificationKeys.AnnouncementOrder, 0, -kept - 1);
        var stale = new List<string>(reply.Count);
        foreach (var id in reply.Elements) stale.Add(id.AsString()!);
        foreach (var id in stale)
        {
            await redis.HDelAsync(NotificationKeys.AnnouncementData, [id]);
            await redis.ZRemAsync(NotificationKeys.AnnouncementOrder, id);
        }
    }
}
