namespace Platform.Redis;

/// <summary>
/// Typed commands over <see cref="IRedisClient"/>, one file per family. Keys are strings; values are
/// <see cref="RedisArg"/> (string, byte[], ReadOnlyMemory&lt;byte&gt;, integers, doubles) and come back as byte[]
/// or as UTF-8 strings from the *String variants.
/// </summary>
public static partial class RedisCommands
{
    /// <summary>GET: the value's bytes, or null if the key does not exist.</summary>
    public static async ValueTask<byte[]?> GetAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("GET", [key], cancellationToken).ConfigureAwait(false)).AsBytes();

    /// <summary>GET decoded as UTF-8.</summary>
    public static async ValueTask<string?> GetStringAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("GET", [key], cancellationToken).ConfigureAwait(false)).AsString();

    /// <summary>
    /// SET with optional expiry (PX, millisecond precision) and condition (NX / XX). Returns false when the
    /// condition kept the value from being written.
    /// </summary>
    public static async ValueTask<bool> SetAsync(
        this IRedisClient client,
        string key,
        RedisArg value,
        TimeSpan? expiry = null,
        SetCondition condition = SetCondition.Always,
        CancellationToken cancellationToken = default)
    {
        var conditionWord = condition switch
        {
            SetCondition.NotExists => "NX",
            SetCondition.Exists => "XX",
            _ => null,
        };
        RedisReply reply;
        if (expiry is { } ttl)
        {
            var milliseconds = CheckedMilliseconds(ttl);
            reply = conditionWord is null
                ? await client.ExecuteAsync("SET", [key, value, "PX", milliseconds], cancellationToken).ConfigureAwait(false)
                : await client.ExecuteAsync("SET", [key, value, "PX", milliseconds, conditionWord], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            reply = conditionWord is null
                ? await client.ExecuteAsync("SET", [key, value], cancellationToken).ConfigureAwait(false)
                : await client.ExecuteAsync("SET", [key, value, conditionWord], cancellationToken).ConfigureAwait(false);
        }
        return reply.IsOk();
    }

    /// <summary>SET key value EX seconds: expiry in whole seconds, as some callers store it.</summary>
    public static async ValueTask<bool> SetWithSecondsAsync(this IRedisClient client, string key, RedisArg value, long seconds, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("SET", [key, value, "EX", seconds], cancellationToken).ConfigureAwait(false)).IsOk();

    /// <summary>MGET: one entry per key, null where the key does not exist.</summary>
    public static async ValueTask<byte[]?[]> MGetAsync(this IRedisClient client, IReadOnlyList<string> keys, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("MGET", KeysAsArgs(keys), cancellationToken).ConfigureAwait(false)).ToNullableBytes();

    /// <summary>MGET decoded as UTF-8.</summary>
    public static async ValueTask<string?[]> MGetStringAsync(this IRedisClient client, IReadOnlyList<string> keys, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("MGET", KeysAsArgs(keys), cancellationToken).ConfigureAwait(false)).ToNullableStrings();

    /// <summary>DEL: how many of the keys existed and were removed.</summary>
    public static async ValueTask<long> DeleteAsync(this IRedisClient client, params IReadOnlyList<string> keys) =>
        (await client.ExecuteAsync("DEL", KeysAsArgs(keys)).ConfigureAwait(false)).AsInt64();

    /// <summary>EXISTS: how many of the keys exist (a key named twice counts twice).</summary>
    public static async ValueTask<long> ExistsAsync(this IRedisClient client, params IReadOnlyList<string> keys) =>
        (await client.ExecuteAsync("EXISTS", KeysAsArgs(keys)).ConfigureAwait(false)).AsInt64();

    /// <summary>INCR (by 1) or INCRBY: the new value.</summary>
    public static async ValueTask<long> IncrementAsync(this IRedisClient client, string key, long by = 1, CancellationToken cancellationToken = default) =>
        (by == 1
            ? await client.ExecuteAsync("INCR", [key], cancellationToken).ConfigureAwait(false)
            : await client.ExecuteAsync("INCRBY", [key, by], cancellationToken).ConfigureAwait(false)).AsInt64();

    /// <summary>DECRBY: the new value.</summary>
    public static async ValueTask<long> DecrementAsync(this IRedisClient client, string key, long by = 1, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("DECRBY", [key, by], cancellationToken).ConfigureAwait(false)).AsInt64();

    private static RedisArg[] KeysAsArgs(IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            throw new ArgumentException("At least one key is required.", nameof(keys));
        }
        var args = new RedisArg[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            args[i] = keys[i];
        }
        return args;
    }

    private static long CheckedMilliseconds(TimeSpan duration) =>
        duration > TimeSpan.Zero
            ? Math.Max(1, (long)duration.TotalMilliseconds)
            : throw new ArgumentOutOfRangeException(nameof(duration), "An expiry must be positive.");
}
