using Platform.Redis;

namespace Platform.Notification.Storage;

/// <summary>Sliding-window rate limits kept in Redis sorted sets (one per limited subject).</summary>
public sealed class RateLimitStore(IRedisClient redis)
{
    /// <summary>Takes one slot in the window; when full, returns false and when the next slot frees up.</summary>
    public async Task<(bool Taken, DateTimeOffset RetryAt)> TryTakeAsync(string key, string slotId, DateTimeOffset now, TimeSpan window, int limit)
    {
        var reply = await NotificationScripts.TakeRateSlot.EvaluateAsync(redis, [key],
            [now.ToUnixTimeMilliseconds(), (long)window.TotalMilliseconds, limit, slotId]);
        return (reply[0].AsInt64() == 1, DateTimeOffset.FromUnixTimeMilliseconds(reply[1].AsInt64()));
    }

    /// <summary>Gives a slot back (the send it was taken for did not happen).</summary>
    public async Task ReleaseAsync(string key, string slotId) => await redis.ZRemAsync(key, slotId);
}
