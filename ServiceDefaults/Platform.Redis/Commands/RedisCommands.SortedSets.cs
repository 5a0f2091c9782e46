namespace Platform.Redis;

public static partial class RedisCommands
{
    /// <summary>ZADD of one member: 1 if new, 0 if its score was updated.</summary>
    public static async ValueTask<long> ZAddAsync(this IRedisClient client, string key, string member, double score, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("ZADD", [key, score, member], cancellationToken).ConfigureAwait(false)).AsInt64();

    /// <summary>ZADD of several members: how many were new.</summary>
    public static async ValueTask<long> ZAddAsync(this IRedisClient client, string key, IReadOnlyList<SortedSetEntry> entries, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0)
        {
            throw new ArgumentException("At least one entry is required.", nameof(entries));
        }
        var args = new RedisArg[1 + entries.Count * 2];
        args[0] = key;
        for (var i = 0; i < entries.Count; i++)
        {
            args[1 + 2 * i] = entries[i].Score;
            args[2 + 2 * i] = entries[i].Member;
        }
        return (await client.ExecuteAsync("ZADD", args, cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>ZRANGE by rank (0-based, negative from the end), lowest score first.</summary>
    public static async ValueTask<string[]> ZRangeAsync(this IRedisClient client, string key, long start, long stop, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("ZRANGE", [key, start, stop], cancellationToken).ConfigureAwait(false)).ToStrings();

    /// <summary>ZRANGE ... WITHSCORES.</summary>
    public static async ValueTask<SortedSetEntry[]> ZRangeWithScoresAsync(this IRedisClient client, string key, long start, long stop, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("ZRANGE", [key, start, stop, "WITHSCORES"], cancellationToken).ConfigureAwait(false)).ToSortedSetEntries();

    /// <summary>ZRANGEBYSCORE min max [LIMIT offset count], inclusive bounds (use ±infinity for open ends).</summary>
    public static async ValueTask<string[]> ZRangeByScoreAsync(
        this IRedisClient client, string key, double min, double max, long? offset = null, long? count = null, CancellationToken cancellationToken = default)
    {
        var reply = offset is null && count is null
            ? await client.ExecuteAsync("ZRANGEBYSCORE", [key, min, max], cancellationToken).ConfigureAwait(false)
            : await client.ExecuteAsync("ZRANGEBYSCORE", [key, min, max, "LIMIT", offset ?? 0, count ?? -1], cancellationToken).ConfigureAwait(false);
        return reply.ToStrings();
    }

    /// <summary>ZRANGEBYSCORE ... WITHSCORES.</summary>
    public static async ValueTask<SortedSetEntry[]> ZRangeByScoreWithScoresAsync(
        this IRedisClient client, string key, double min, double max, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("ZRANGEBYSCORE", [key, min, max, "WITHSCORES"], cancellationToken).ConfigureAwait(false)).ToSortedSetEntries();

    /// <summary>ZREM: how many members were removed.</summary>
    public static async ValueTask<long> ZRemAsync(this IRedisClient client, string key, params IReadOnlyList<RedisArg> members) =>
        (await client.ExecuteAsync("ZREM", KeyThen(key, members)).ConfigureAwait(false)).AsInt64();

    /// <summary>ZCARD.</summary>
    public static async ValueTask<long> ZCardAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("ZCARD", [key], cancellationToken).ConfigureAwait(false)).AsInt64();

    /// <summary>ZINCRBY: the member's new score.</summary>
    public static async ValueTask<double> ZIncrByAsync(this IRedisClient client, string key, string member, double by, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("ZINCRBY", [key, by, member], cancellationToken).ConfigureAwait(false)).AsDouble();

    /// <summary>ZSCORE: the member's score, or null if it is not in the set.</summary>
    public static async ValueTask<double?> ZScoreAsync(this IRedisClient client, string key, string member, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("ZSCORE", [key, member], cancellationToken).ConfigureAwait(false)).AsNullableDouble();
}
