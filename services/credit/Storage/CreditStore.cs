using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.Credit.Domain;
using Platform.Credit.Events;
using Platform.PubSub;
using Platform.Redis;

namespace Platform.Credit.Storage;

/// <summary>
/// Runs the credit scripts for one user. Every script first voids that user's expired holds, then does its work,
/// writing the state, the ledger lines and the events in the same atomic step.
/// </summary>
public sealed class CreditStore(
    IRedisClient redis, CreditOutbox outbox, CreditCalendar calendar, IOptions<CreditOptions> options)
{
    private readonly CreditOptions _options = options.Value;

    public Task<ScriptOutcome> OpenLineAsync(
        string userId, long limitFen, long cashLimitFen, int statementDay, LimitCap userLimits, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        RunAsync(CreditScripts.OpenLine, userId, now, Topics.CreditHoldVoided, [],
            [limitFen, cashLimitFen, statementDay, userLimits.SingleFen, userLimits.DailyFen], cancellationToken);

    public Task<ScriptOutcome> ReserveAsync(
        string userId, string operationId, long amountFen, DateTimeOffset expiresAt, string strength, LimitCap caps,
        DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(CreditScripts.Reserve, userId, now, Topics.CreditHoldReserved, [CreditKeys.Hold(userId, operationId)],
            [operationId, amountFen, expiresAt.ToUnixTimeMilliseconds(), strength, caps.SingleFen, caps.DailyFen, _options.SweepBatch],
            cancellationToken);

    public Task<ScriptOutcome> PostAsync(string userId, string operationId, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(CreditScripts.Settle, userId, now, Topics.CreditHoldPosted, [CreditKeys.Hold(userId, operationId)],
            [operationId, "post", "", _options.SweepBatch], cancellationToken);

    public Task<ScriptOutcome> VoidAsync(
        string userId, string operationId, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(CreditScripts.Settle, userId, now, Topics.CreditHoldPosted, [CreditKeys.Hold(userId, operationId)],
            [operationId, "void", reason, _options.SweepBatch], cancellationToken);

    public Task<ScriptOutcome> RepayAsync(
        string userId, string operationId, long amountFen, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(CreditScripts.Repay, userId, now, Topics.CreditRepaid, [CreditKeys.Repayment(userId, operationId)],
            [operationId, amountFen, _options.SweepBatch], cancellationToken);

    public Task<ScriptOutcome> SetLimitsAsync(
        string userId, long singleFen, long dailyFen, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(CreditScripts.SetLimits, userId, now, Topics.CreditHoldVoided, [], [singleFen, dailyFen, _options.SweepBatch], cancellationToken);

    /// <summary>The line (and the hold of <paramref name="operationId"/> if given) after expiring what is due.</summary>
    public Task<ScriptOutcome> ReadAsync(
        string userId, string? operationId, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(CreditScripts.Read, userId, now, Topics.CreditHoldVoided,
            operationId is null ? [] : [CreditKeys.Hold(userId, operationId)],
            [operationId ?? "", _options.SweepBatch], cancellationToken);

    /// <summary>Ledger lines in booking order, starting after entry <paramref name="afterEntryId"/> (null: from the first).</summary>
    public async Task<IReadOnlyList<LedgerRecord>> ReadLedgerAsync(
        string userId, string? afterEntryId, int count, CancellationToken cancellationToken)
    {
        var start = afterEntryId is null ? "-" : "(" + afterEntryId;
        var entries = await redis.XRangeAsync(CreditKeys.Ledger(userId), start, "+", count, cancellationToken);
        return entries.Select(entry => new LedgerRecord(
            entry.Id,
            entry.GetString("op") ?? "",
            entry.GetString("debit") ?? "",
            entry.GetString("credit") ?? "",
            long.Parse(entry.GetString("amount") ?? "0", CultureInfo.InvariantCulture),
            entry.GetString("kind") ?? "",
            long.Parse(entry.GetString("at") ?? "0", CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>Posted amounts per local day: the raw material of the bills.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, long>> ReadPostedPerDayAsync(string userId, CancellationToken cancellationToken)
    {
        var fields = await redis.HGetAllStringAsync(CreditKeys.PostedPerDay(userId), cancellationToken);
        var posted = new Dictionary<DateOnly, long>(fields.Count);
        foreach (var (day, amount) in fields)
        {
            if (CreditCalendar.TryParseDayId(day, out var date))
                posted[date] = long.Parse(amount, CultureInfo.InvariantCulture);
        }
        return posted;
    }

    private async Task<ScriptOutcome> RunAsync(
        LuaScript script, string userId, DateTimeOffset now, string ownTopic, RedisArg[] extraKeys, RedisArg[] extraArgs,
        CancellationToken cancellationToken)
    {
        var voided = outbox.Template(Topics.CreditHoldVoided);
        var own = ownTopic == Topics.CreditHoldVoided ? voided : outbox.Template(ownTopic);
        RedisArg[] keys =
        [
            CreditKeys.Line(userId), CreditKeys.Expiries(userId), CreditKeys.Ledger(userId),
            CreditKeys.ReservedOn(userId, calendar.DayId(now)), CreditKeys.PostedPerDay(userId), voided.StreamKey, own.StreamKey,
            .. extraKeys,
        ];
        var (traceParent, traceState) = CreditOutbox.TraceContext();
        RedisArg[] args =
        [
            userId, now.ToUnixTimeMilliseconds(), FormatTime(now), calendar.DayId(now), CreditOutbox.EventTime(now), traceParent, traceState,
            voided.MaxLenApprox, voided.Data, voided.Metadata, own.MaxLenApprox, own.Data, own.Metadata,
            .. extraArgs,
        ];
        var reply = await script.EvaluateAsync(redis, keys, args, cancellationToken);
        return ScriptOutcome.FromReply(reply);
    }

    /// <summary>RFC 3339 in UTC, the protobuf JSON form of a Timestamp.</summary>
    private static string FormatTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
