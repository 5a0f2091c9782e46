using Google.Protobuf;
using Microsoft.Extensions.Options;
using Platform.Contracts.Risk.V1;
using Platform.PubSub;
using Platform.Redis;
using Platform.Risk.Domain;

namespace Platform.Risk.Storage;

/// <summary>Review and report cases; opening and resolving one writes its risk.alert in the same script.</summary>
public sealed class CaseStore(IRedisClient redis, IOptions<RiskOptions> options)
{
    /// <summary>Opens the case once; returns the id of the case that exists afterwards and whether this call opened it.</summary>
    public async Task<(string CaseId, bool Opened)> OpenAsync(ReviewCase reviewCase, OutboxMessage alert, CancellationToken cancellationToken)
    {
        List<RedisArg> keys = [RiskKeys.Case(reviewCase.CaseId), RiskKeys.AllCases, RiskKeys.OpenCases];
        List<RedisArg> args =
        [
            reviewCase.CaseId, reviewCase.OpenedAt.ToDateTimeOffset().ToUnixTimeMilliseconds(), reviewCase.ToByteArray(),
            (long)options.Value.ReportDedupeWindow.TotalMilliseconds,
        ];
        alert.AppendTo(keys, args);
        if (reviewCase.Kind == "report")
        {
            keys.Add(RiskKeys.ReportMarker(reviewCase.ReporterUserId, reviewCase.SubjectType, reviewCase.SubjectId));
            keys.Add(RiskKeys.Reports(ReportedType(reviewCase), ReportedId(reviewCase)));
        }
        var reply = await RiskScripts.OpenCase.EvaluateAsync(redis, keys, args, cancellationToken);
        return (reply[1].AsString()!, reply[0].AsString() == "opened");
    }

    public async Task<ReviewCase?> GetAsync(string caseId, CancellationToken cancellationToken) =>
        await redis.HGetAsync(RiskKeys.Case(caseId), "case", cancellationToken) is { } bytes ? ReviewCase.Parser.ParseFrom(bytes) : null;

    /// <summary>Resolves an open case; otherwise returns the case as it is (null if there is none).</summary>
    public async Task<(ReviewCase? Case, bool Resolved)> ResolveAsync(ReviewCase resolved, OutboxMessage alert, CancellationToken cancellationToken)
    {
        List<RedisArg> keys = [RiskKeys.Case(resolved.CaseId), RiskKeys.OpenCases, RiskKeys.ResolvedCases];
        List<RedisArg> args =
            [resolved.CaseId, resolved.ToByteArray(), resolved.Resolution, resolved.ResolvedAt.ToDateTimeOffset().ToUnixTimeMilliseconds()];
        alert.AppendTo(keys, args);
        var reply = await RiskScripts.ResolveCase.EvaluateAsync(redis, keys, args, cancellationToken);
        return reply[0].AsString() switch
        {
            "not_found" => (null, false),
            var outcome => (ReviewCase.Parser.ParseFrom(reply[1].AsBytes()!), outcome == "resolved"),
        };
    }

    /// <summary>The most recent cases, newest first: all, open or resolved.</summary>
    public async Task<IReadOnlyList<ReviewCase>> ListAsync(string status, int count, CancellationToken cancellationToken)
    {
        var index = status switch { "open" => RiskKeys.OpenCases, "resolved" => RiskKeys.ResolvedCases, _ => RiskKeys.AllCases };
        var ids = (await redis.ExecuteAsync("ZRANGE", [index, 0, count - 1, "REV"], cancellationToken)).Elements.ToArray();
        var cases = await Task.WhenAll(ids.Select(id => GetAsync(id.AsString()!, cancellationToken)));
        return cases.OfType<ReviewCase>().ToList();
    }

    /// <summary>A report about one's own withdrawal counts against one's own account.</summary>
    public static string ReportedType(ReviewCase report) => report.SubjectType == "withdrawal" ? "account" : report.SubjectType;

    public static string ReportedId(ReviewCase report) => report.SubjectType == "withdrawal" ? report.UserId : report.SubjectId;
}
