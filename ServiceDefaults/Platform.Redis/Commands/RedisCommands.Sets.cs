namespace Platform.Redis;

public static partial class RedisCommands
{
    /// <summary>SADD: how many members were new.</summary>
    public static async ValueTask<long> SAddAsync(this IRedisClient client, string key, params IReadOnlyList<RedisArg> members) =>
        (await client.ExecuteAsync("SADD", KeyThen(key, members)).ConfigureAwait(false)).AsInt64();

    /// <summary>SREM: how many members were removed.</summary>
    public static async ValueTask<long> SRemAsync(this IRedisClient client, string key, params IReadOnlyList<RedisArg> members) =>
        (await client.ExecuteAsync("SREM", KeyThen(key, members)).ConfigureAwait(false)).AsInt64();

    /// <summary>SISMEMBER.</summary>
    public static async ValueTask<bool> SIsMemberAsync(this IRedisClient client, string key, RedisArg member, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("SISMEMBER", [key, member], cancellationToken).ConfigureAwait(false)).AsBoolean();

    /// <summary>SMEMBERS decoded as UTF-8 (unordered). RESP3 sends a set, RESP2 an array; both are accepted.</summary>
    public static async ValueTask<string[]> SMembersAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("SMEMBERS", [key], cancellationToken).ConfigureAwait(false)).ToStrings();

    /// <summary>SCARD.</summary>
    public static async ValueTask<long> SCardAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("SCARD", [key], cancellationToken).ConfigureAwait(false)).AsInt64();
}
