namespace Platform.Redis;

public static partial class RedisCommands
{
    /// <summary>
    /// XADD key [MAXLEN ~ n] id field value ...: appends an entry and returns its id. With
    /// <paramref name="maxLengthApprox"/> the stream is trimmed to about that many entries (whole macro nodes).
    /// </summary>
    public static async ValueTask<string> XAddAsync(
        this IRedisClient client,
        string key,
        IReadOnlyList<StreamField> fields,
        long? maxLengthApprox = null,
        string id = "*",
        CancellationToken cancellationToken = default)
    {
        if (fields.Count == 0)
        {
            throw new ArgumentException("A stream entry needs at least one field.", nameof(fields));
        }
        var args = new List<RedisArg>(6 + fields.Count * 2) { key };
        if (maxLengthApprox is { } maxLength)
        {
            args.AddRange(["MAXLEN", "~", maxLength]);
        }
        args.Add(id);
        foreach (var field in fields)
        {
            args.Add(field.Name);
            args.Add(field.Value);
        }
        return (await client.ExecuteAsync("XADD", args.ToArray(), cancellationToken).ConfigureAwait(false)).AsString()!;
    }

    /// <summary>
    /// XREADGROUP GROUP group consumer [COUNT n] [BLOCK ms] [NOACK] STREAMS key id, for one stream. Returns no
    /// entries when BLOCK timed out. With <paramref name="block"/> it runs on a dedicated connection.
    /// </summary>
    public static async ValueTask<StreamEntry[]> XReadGroupAsync(
        this IRedisClient client,
        string group,
        string consumer,
        string key,
        string id = ">",
        int? count = null,
        TimeSpan? block = null,
        bool noAck = false,
        CancellationToken cancellationToken = default)
    {
        var args = new List<RedisArg>(12) { "GROUP", group, consumer };
        if (count is { } n)
        {
            args.AddRange(["COUNT", n]);
        }
        if (block is { } wait)
        {
            args.AddRange(["BLOCK", Math.Max(1, (long)wait.TotalMilliseconds)]);
        }
        if (noAck)
        {
            args.Add("NOACK");
        }
        args.AddRange(["STREAMS", key, id]);
        var reply = await client.ExecuteAsync("XREADGROUP", args.ToArray(), cancellationToken).ConfigureAwait(false);
        if (reply.IsNull || reply.Count == 0)
        {
            return [];
        }
        // RESP3 answers a map {stream: entries}; RESP2 an array of [stream, entries].
        var entries = reply.Kind == RedisReplyKind.Map ? reply[1] : reply[0][1];
        return StreamEntry.ListFromReply(entries);
    }

    /// <summary>XACK: how many of the ids were pending and are now acknowledged.</summary>
    public static async ValueTask<long> XAckAsync(this IRedisClient client, string key, string group, IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return 0;
        }
        var args = new RedisArg[ids.Count + 2];
        args[0] = key;
        args[1] = group;
        for (var i = 0; i < ids.Count; i++)
        {
            args[i + 2] = ids[i];
        }
        return (await client.ExecuteAsync("XACK", args, cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>XAUTOCLAIM key group consumer min-idle start [COUNT n]: takes over entries idle at least <paramref name="minIdle"/>.</summary>
    public static async ValueTask<StreamAutoClaimResult> XAutoClaimAsync(
        this IRedisClient client,
        string key,
        string group,
        string consumer,
        TimeSpan minIdle,
        string start = "0-0",
        int count = 100,
        CancellationToken cancellationToken = default)
    {
        var reply = await client.ExecuteAsync(
            "XAUTOCLAIM", [key, group, consumer, (long)minIdle.TotalMilliseconds, start, "COUNT", count], cancellationToken).ConfigureAwait(false);
        var deleted = reply.Count > 2 ? reply[2].ToStrings() : [];
        return new StreamAutoClaimResult(reply[0].AsString()!, StreamEntry.ListFromReply(reply[1]), deleted);
    }

    /// <summary>XPENDING key group: the summary form.</summary>
    public static async ValueTask<StreamPendingSummary> XPendingAsync(this IRedisClient client, string key, string group, CancellationToken cancellationToken = default)
    {
        var reply = await client.ExecuteAsync("XPENDING", [key, group], cancellationToken).ConfigureAwait(false);
        var byConsumer = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!reply[3].IsNull)
        {
            foreach (var consumer in reply[3].Elements)
            {
                byConsumer[consumer[0].AsString()!] = consumer[1].AsInt64();
            }
        }
        return new StreamPendingSummary(reply[0].AsInt64(), reply[1].AsString(), reply[2].AsString(), byConsumer);
    }

    /// <summary>XPENDING key group [IDLE ms] start end count [consumer]: the extended form.</summary>
    public static async ValueTask<StreamPendingEntry[]> XPendingRangeAsync(
        this IRedisClient client,
        string key,
        string group,
        string start = "-",
        string end = "+",
        int count = 100,
        string? consumer = null,
        TimeSpan? minIdle = null,
        CancellationToken cancellationToken = default)
    {
        var args = new List<RedisArg>(8) { key, group };
        if (minIdle is { } idle)
        {
            args.AddRange(["IDLE", (long)idle.TotalMilliseconds]);
        }
        args.AddRange([start, end, count]);
        if (consumer is not null)
        {
            args.Add(consumer);
        }
        var reply = await client.ExecuteAsync("XPENDING", args.ToArray(), cancellationToken).ConfigureAwait(false);
        var elements = reply.Elements;
        var result = new StreamPendingEntry[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            var e = elements[i];
            result[i] = new StreamPendingEntry(e[0].AsString()!, e[1].AsString()!, TimeSpan.FromMilliseconds(e[2].AsInt64()), e[3].AsInt64());
        }
        return result;
    }

    /// <summary>
    /// XGROUP CREATE key group startId [MKSTREAM]: true if the group was created, false if it already existed
    /// (BUSYGROUP).
    /// </summary>
    public static async ValueTask<bool> XGroupCreateAsync(
        this IRedisClient client, string key, string group, string startId = "$", bool makeStream = true, CancellationToken cancellationToken = default)
    {
        try
        {
            if (makeStream)
            {
                await client.ExecuteAsync("XGROUP", ["CREATE", key, group, startId, "MKSTREAM"], cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await client.ExecuteAsync("XGROUP", ["CREATE", key, group, startId], cancellationToken).ConfigureAwait(false);
            }
            return true;
        }
        catch (RedisServerException ex) when (ex.ErrorCode == "BUSYGROUP")
        {
            return false;
        }
    }

    /// <summary>XGROUP DESTROY: true if the group existed.</summary>
    public static async ValueTask<bool> XGroupDestroyAsync(this IRedisClient client, string key, string group, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("XGROUP", ["DESTROY", key, group], cancellationToken).ConfigureAwait(false)).AsBoolean();

    /// <summary>XGROUP CREATECONSUMER: true if the consumer was created, false if it existed.</summary>
    public static async ValueTask<bool> XGroupCreateConsumerAsync(this IRedisClient client, string key, string group, string consumer, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("XGROUP", ["CREATECONSUMER", key, group, consumer], cancellationToken).ConfigureAwait(false)).AsBoolean();

    /// <summary>XINFO STREAM: length, last id, number of groups, first and last entry ids.</summary>
    public static async ValueTask<StreamInfo> XInfoStreamAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default)
    {
        var info = (await client.ExecuteAsync("XINFO", ["STREAM", key], cancellationToken).ConfigureAwait(false)).ToFieldMap();
        return new StreamInfo(
            info["length"].AsInt64(),
            info["last-generated-id"].AsString()!,
            info["groups"].AsInt64(),
            info.GetValueOrDefault("first-entry") is { IsNull: false } first ? first[0].AsString() : null,
            info.GetValueOrDefault("last-entry") is { IsNull: false } last ? last[0].AsString() : null);
    }

    /// <summary>XINFO GROUPS: every consumer group of the stream, with pending count and lag.</summary>
    public static async ValueTask<StreamGroupInfo[]> XInfoGroupsAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default)
    {
        var reply = await client.ExecuteAsync("XINFO", ["GROUPS", key], cancellationToken).ConfigureAwait(false);
        var elements = reply.Elements;
        var groups = new StreamGroupInfo[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            var group = elements[i].ToFieldMap();
            groups[i] = new StreamGroupInfo(
                group["name"].AsString()!,
                group["consumers"].AsInt64(),
                group["pending"].AsInt64(),
                group["last-delivered-id"].AsString()!,
                group.GetValueOrDefault("entries-read").AsNullableInt64(),
                group.GetValueOrDefault("lag").AsNullableInt64());
        }
        return groups;
    }

    /// <summary>XLEN.</summary>
    public static async ValueTask<long> XLenAsync(this IRedisClient client, string key, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("XLEN", [key], cancellationToken).ConfigureAwait(false)).AsInt64();

    /// <summary>XRANGE key start end [COUNT n].</summary>
    public static async ValueTask<StreamEntry[]> XRangeAsync(
        this IRedisClient client, string key, string start = "-", string end = "+", int? count = null, CancellationToken cancellationToken = default)
    {
        var reply = count is { } n
            ? await client.ExecuteAsync("XRANGE", [key, start, end, "COUNT", n], cancellationToken).ConfigureAwait(false)
            : await client.ExecuteAsync("XRANGE", [key, start, end], cancellationToken).ConfigureAwait(false);
        return StreamEntry.ListFromReply(reply);
    }

    /// <summary>XDEL: how many entries were deleted.</summary>
    public static async ValueTask<long> XDelAsync(this IRedisClient client, string key, params IReadOnlyList<RedisArg> ids) =>
        (await client.ExecuteAsync("XDEL", KeyThen(key, ids)).ConfigureAwait(false)).AsInt64();
}
