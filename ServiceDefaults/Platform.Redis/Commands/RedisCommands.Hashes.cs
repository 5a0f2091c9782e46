namespace Platform.Redis;

public static partial class RedisCommands
{
    /// <summary>HGET: the field's bytes or null.</summary>
    public static async ValueTask<byte[]?> HGetAsync(this IRedisClient client, string key, string field, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("HGET", [key, field], cancellationToken).ConfigureAwait(false)).AsBytes();

    /// <summary>HGET decoded as UTF-8.</summary>
    public static async ValueTask<string?> HGetStringAsync(this IRedisClient client, string key, string field, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("HGET", [key, field], cancellationToken).ConfigureAwait(false)).AsString();

    /// <summary>HSET of one field: 1 if the field is new, 0 if it was updated.</summary>
    public static async ValueTask<long> HSetAsync(this IRedisClient client, string key, string field, RedisArg value, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("HSET", [key, field, value], cancellationToken).ConfigureAwait(false)).AsInt64();

    /// <summary>HSET of several fields: how many were new.</summary>
    public static async ValueTask<long> HSetAsync(this IRedisClient client, string key, IReadOnlyCollection<KeyValuePair<string, RedisArg>> fields, CancellationToken cancellationToken = default)
    {
        if (fields.Count == 0)
        {
            throw new ArgumentException("At least one field is required.", nameof(fields));
        }
        var args = new RedisArg[1 + fields.Count * 2];
        args[0] = key;
        var i = 1;
        foreach (var (field, value) in fields)
        {
            args[i++] = field;
            args[i++] = value;
        }
        return (await client.ExecuteAsync("HSET", args, cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>HMGET: one entry per field, null where it does not exist.</summary>
    public static async ValueTask<byte[]?[]> HMGetAsync(this IRedisClient client, string key, IReadOnlyList<string> fields, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("HMGET", KeyThen(key, fields), cancellationToken).ConfigureAwait(false)).ToNullableBytes();

    /// <summary>HMGET decoded as UTF-8.</summary>
    public static async ValueTask<string?[]> HMGetStringAsync(this IRedisClient client, string key, IReadOnlyList<string> fields, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("HMGET", KeyThen(key, fields), cancellationToken).ConfigureAwait(false)).ToNullableStrings();

    /// <summary>HGETALL: every field and its bytes (empty if the key does not exist).</summary>
    public static async ValueTask<Dictionary<string, byte[]>> HGetAllAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default)
    {
        var reply = await client.ExecuteAsync("HGETALL", [key], cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (field, value) in reply.AsPairs())
        {
            result[field.AsString()!] = value.AsBytes()!;
        }
        return result;
    }

    /// <summary>HGETALL decoded as UTF-8.</summary>
    public static async ValueTask<Dictionary<string, string>> HGetAllStringAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("HGETALL", [key], cancellationToken).ConfigureAwait(false)).AsStringMap();

    /// <summary>HINCRBY: the field's new value.</summary>
    public static async ValueTask<long> HIncrByAsync(this IRedisClient client, string key, string field, long by = 1, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("HINCRBY", [key, field, by], cancellationToken).ConfigureAwait(false)).AsInt64();

    /// <summary>HDEL: how many of the fields existed and were removed.</summary>
    public static async ValueTask<long> HDelAsync(this IRedisClient client, string key, IReadOnlyList<string> fields, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("HDEL", KeyThen(key, fields), cancellationToken).ConfigureAwait(false)).AsInt64();

    private static RedisArg[] KeyThen(string key, IReadOnlyList<string> rest)
    {
        if (rest.Count == 0)
        {
            throw new ArgumentException("At least one field or member is required.", nameof(rest));
        }
        var args = new RedisArg[rest.Count + 1];
        args[0] = key;
        for (var i = 0; i < rest.Count; i++)
        {
            args[i + 1] = rest[i];
        }
        return args;
    }

    private static RedisArg[] KeyThen(string key, IReadOnlyList<RedisArg> rest)
    {
        if (rest.Count == 0)
        {
            throw new ArgumentException("At least one member is required.", nameof(rest));
        }
        var args = new RedisArg[rest.Count + 1];
        args[0] = key;
        for (var i = 0; i < rest.Count; i++)
        {
            args[i + 1] = rest[i];
        }
        return args;
    }
}
