namespace Platform.Redis;

/// <summary>Turns generic replies into the shapes the typed commands return, accepting RESP2 and RESP3 forms.</summary>
internal static class ReplyConversions
{
    public static byte[]?[] ToNullableBytes(this RedisReply reply)
    {
        var elements = reply.ThrowIfError().Elements;
        var result = new byte[]?[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            result[i] = elements[i].AsBytes();
        }
        return result;
    }

    public static string?[] ToNullableStrings(this RedisReply reply)
    {
        var elements = reply.ThrowIfError().Elements;
        var result = new string?[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            result[i] = elements[i].AsString();
        }
        return result;
    }

    public static string[] ToStrings(this RedisReply reply)
    {
        var elements = reply.ThrowIfError().Elements;
        var result = new string[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            result[i] = elements[i].AsString() ?? "";
        }
        return result;
    }

    /// <summary>RESP2 sends member, score, member, score...; RESP3 sends [member, score] pairs.</summary>
    public static SortedSetEntry[] ToSortedSetEntries(this RedisReply reply)
    {
        var elements = reply.ThrowIfError().Elements;
        if (elements.Length > 0 && elements[0].IsAggregate)
        {
            var pairs = new SortedSetEntry[elements.Length];
            for (var i = 0; i < elements.Length; i++)
            {
                pairs[i] = new SortedSetEntry(elements[i][0].AsString()!, elements[i][1].AsDouble());
            }
            return pairs;
        }
        var flat = new SortedSetEntry[elements.Length / 2];
        for (var i = 0; i < flat.Length; i++)
        {
            flat[i] = new SortedSetEntry(elements[2 * i].AsString()!, elements[2 * i + 1].AsDouble());
        }
        return flat;
    }

    public static Dictionary<string, RedisReply> ToFieldMap(this RedisReply reply)
    {
        var map = new Dictionary<string, RedisReply>(StringComparer.Ordinal);
        foreach (var (key, value) in reply.AsPairs())
        {
            map[key.AsString()!] = value;
        }
        return map;
    }

    /// <summary>True when the reply is "OK"-like success; SET ... NX/XX answers null when it did not write.</summary>
    public static bool IsOk(this RedisReply reply) => !reply.ThrowIfError().IsNull;
}
