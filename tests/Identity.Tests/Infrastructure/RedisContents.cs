using Platform.Redis;

namespace Platform.Identity.Tests.Infrastructure;

/// <summary>Everything stored in Redis, key names and values of every type, as raw bytes to search through.</summary>
public static class RedisContents
{
    public static async Task<IReadOnlyList<(string Key, byte[] Bytes)>> ReadAllAsync(IRedisClient redis, string pattern = "*")
    {
        var entries = new List<(string, byte[])>();
        var cursor = "0";
        do
        {
            var page = await redis.ExecuteAsync("SCAN", cursor, "MATCH", pattern, "COUNT", 500);
            cursor = page[0].AsString()!;
            foreach (var keyReply in page[1].Elements.ToArray())
            {
                var key = keyReply.AsString()!;
                entries.Add((key, System.Text.Encoding.UTF8.GetBytes(key)));
                var type = (await redis.ExecuteAsync("TYPE", key)).AsString();
                var value = type switch
                {
                    "string" => await redis.ExecuteAsync("GET", key),
                    "hash" => await redis.ExecuteAsync("HGETALL", key),
                    "list" => await redis.ExecuteAsync("LRANGE", key, 0, -1),
                    "set" => await redis.ExecuteAsync("SMEMBERS", key),
                    "zset" => await redis.ExecuteAsync("ZRANGE", key, 0, -1, "WITHSCORES"),
                    "stream" => await redis.ExecuteAsync("XRANGE", key, "-", "+"),
                    _ => default,
                };
                Collect(value, key, entries);
            }
        }
        while (cursor != "0");
        return entries;
    }

    private static void Collect(RedisReply reply, string key, List<(string, byte[])> into)
    {
        if (reply.IsAggregate)
        {
            foreach (var element in reply.Elements.ToArray()) Collect(element, key, into);
        }
        else if (!reply.IsNull && reply.Kind != RedisReplyKind.Error)
        {
            into.Add((key, reply.AsBytes()!));
        }
    }
}
