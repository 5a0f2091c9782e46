using Google.Protobuf;
using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.Contracts.Risk.V1;
using Platform.PubSub;
using Platform.Redis;
using Platform.Risk.Domain;

namespace Platform.Risk.Storage;

/// <summary>Assessments per operation: the first one recorded is the answer for that operation from then on.</summary>
public sealed class AssessmentStore(IRedisClient redis, IOptions<RiskOptions> options)
{
    public async Task<Assessment?> FindAsync(string userId, string operationId, CancellationToken cancellationToken) =>
        await redis.GetAsync(RiskKeys.Assessment(userId, operationId), cancellationToken) is { } bytes
            ? Assessment.Parser.ParseFrom(bytes)
            : null;

    /// <summary>Records the assessment with its alert (if any) unless one is already recorded; returns the one kept.</summary>
    public async Task<(Assessment Kept, bool Recorded)> RecordAsync(
        string userId, string operationId, Assessment assessment, OutboxMessage? alert, CancellationToken cancellationToken)
    {
        List<RedisArg> keys = [RiskKeys.Assessment(userId, operationId)];
        List<RedisArg> args = [assessment.ToByteArray(), (long)options.Value.AssessmentRetention.TotalMilliseconds, alert is null ? "0" : "1"];
        if (alert is null) (keys, args) = ([.. keys, Topics.RiskAlert], [.. args, "", "", ""]);
        else alert.AppendTo(keys, args);
        var reply = await RiskScripts.RecordAssessment.EvaluateAsync(redis, keys, args, cancellationToken);
        return (Assessment.Parser.ParseFrom(reply[1].AsBytes()!), reply[0].AsString() == "recorded");
    }
}
