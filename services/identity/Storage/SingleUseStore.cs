using Platform.Redis;

namespace Platform.Identity.Storage;

/// <summary>Single-use records (device challenges, face sessions): created once, taken at most once.</summary>
public sealed class SingleUseStore(IRedisClient redis)
{
    public async Task CreateAsync(string key, DateTimeOffset expiresAt, TimeSpan keyLifetime, params KeyValuePair<string, RedisArg>[] fields)
    {
        await redis.HSetAsync(key, [.. fields, new("expires_ms", expiresAt.ToUnixTimeMilliseconds()), new("used", "0")]);
        await redis.ExpireAsync(key, keyLifetime);
    }

    /// <summary>Takes the record: "ok" with its fields the first time; "replayed", "expired" or "missing" otherwise.</summary>
    public async Task<(string Status, IReadOnlyDictionary<string, byte[]> Fields)> TakeAsync(string key, DateTimeOffset now)
    {
        var reply = await IdentityScripts.TakeSingleUse.EvaluateAsync(redis, [key], [now.ToUnixTimeMilliseconds()]);
        var fields = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < reply.Count; i += 2) fields[reply[i].AsString()!] = reply[i + 1].AsBytes()!;
        return (reply[0].AsString()!, fields);
    }
}
