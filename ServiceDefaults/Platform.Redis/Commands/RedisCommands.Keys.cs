namespace Platform.Redis;

public static partial class RedisCommands
{
    /// <summary>EXPIRE in seconds: false if the key does not exist.</summary>
    public static async ValueTask<bool> ExpireAsync(this IRedisClient client, string key, long seconds, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("EXPIRE", [key, seconds], cancellationToken).ConfigureAwait(false)).AsBoolean();

    /// <summary>PEXPIRE in milliseconds: false if the key does not exist.</summary>
    public static async ValueTask<bool> PExpireAsync(this IRedisClient client, string key, long milliseconds, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("PEXPIRE", [key, milliseconds], cancellationToken).ConfigureAwait(false)).AsBoolean();

    /// <summary>PEXPIRE from a <see cref="TimeSpan"/>.</summary>
    public static ValueTask<bool> ExpireAsync(this IRedisClient client, string key, TimeSpan expiry, CancellationToken cancellationToken = default) =>
        client.PExpireAsync(key, CheckedMilliseconds(expiry), cancellationToken);

    /// <summary>TTL in seconds; -1 if the key has no expiry, -2 if it does not exist.</summary>
    public static async ValueTask<long> TtlAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("TTL", [key], cancellationToken).ConfigureAwait(false)).AsInt64();

    /// <summary>PTTL in milliseconds; -1 if the key has no expiry, -2 if it does not exist.</summary>
    public static async ValueTask<long> PTtlAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("PTTL", [key], cancellationToken).ConfigureAwait(false)).AsInt64();
}
