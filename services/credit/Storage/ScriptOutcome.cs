using Platform.Credit.Domain;
using Platform.Redis;

namespace Platform.Credit.Storage;

/// <summary>
/// What a credit script answered: an outcome word ("reserved", "existing", "insufficient_credit", …), a number
/// that goes with it (e.g. how much was still available), and the hold and line as the script left them.
/// </summary>
public sealed record ScriptOutcome(string Outcome, long Detail, HoldSnapshot? Hold, LineSnapshot? Line)
{
    public LineSnapshot RequiredLine => Line ?? throw new InvalidOperationException($"The script answered {Outcome} without the line.");

    public HoldSnapshot RequiredHold => Hold ?? throw new InvalidOperationException($"The script answered {Outcome} without the hold.");

    public static ScriptOutcome FromReply(RedisReply reply) => new(
        reply[0].AsString()!,
        reply[1].AsInt64(),
        reply[2].IsNull ? null : ParseHold(reply[2]),
        reply[3].IsNull ? null : ParseLine(reply[3]));

    private static HoldSnapshot ParseHold(RedisReply hold) => new(
        hold[0].AsInt64(), ParseStatus(hold[1].AsString()!), hold[2].AsInt64(), hold[3].AsInt64());

    private static LineSnapshot ParseLine(RedisReply line) => new(
        LimitFen: line[0].AsInt64(),
        CashLimitFen: line[1].AsInt64(),
        UsedFen: line[2].AsInt64(),
        HeldFen: line[3].AsInt64(),
        StatementDay: (int)line[4].AsInt64(),
        SingleLimitFen: line[5].AsInt64(),
        DailyLimitFen: line[6].AsInt64(),
        ReservedTodayFen: line[7].AsInt64(),
        RepaidFen: line[8].AsInt64(),
        OpenedAtMs: line[9].AsInt64());

    private static HoldStatus ParseStatus(string state) => state switch
    {
        "pending" => HoldStatus.Pending,
        "posted" => HoldStatus.Posted,
        "voided" => HoldStatus.Voided,
        "expired" => HoldStatus.Expired,
        _ => throw new InvalidOperationException($"Unknown hold state '{state}' in Redis."),
    };
}
