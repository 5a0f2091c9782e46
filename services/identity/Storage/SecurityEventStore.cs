using Google.Protobuf;
using Platform.Contracts.Identity.V1;
using Platform.PubSub;
using Platform.Redis;

namespace Platform.Identity.Storage;

/// <summary>A user's recent security events, newest first, for the security centre.</summary>
public sealed class SecurityEventStore(IRedisClient redis)
{
    /// <summary>Records the event for the security centre and appends <paramref name="published"/> to its topic, atomically.</summary>
    public async Task AppendAsync(string userId, SecurityEventRecord record, int kept, OutboxMessage published)
    {
        List<RedisArg> keys = [IdentityKeys.SecurityEvents(userId)];
        List<RedisArg> args = [record.ToByteArray(), kept];
        published.AppendTo(keys, args);
        await IdentityScripts.RecordSecurityEvent.EvaluateAsync(redis, keys, args);
    }

    public async Task<IReadOnlyList<SecurityEventRecord>> ListAsync(string userId, int count)
    {
        var reply = await redis.ExecuteAsync("LRANGE", IdentityKeys.SecurityEvents(userId), 0, count - 1);
        var records = new List<SecurityEventRecord>(reply.Count);
        foreach (var element in reply.Elements) records.Add(SecurityEventRecord.Parser.ParseFrom(element.AsBytes()));
        return records;
    }
}
