using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Platform.Redis;

namespace Platform.Withdrawal.Bank.Simulated;

/// <summary>
/// A bank to develop and test against: configurable latency, refusals, settlement failures and per-bank arrival
/// times. It records a payout the moment it receives it (then takes its latency to answer), dedupes by key, and
/// counts every payout request per key so tests can prove a payout was never sent twice.
/// </summary>
public sealed class SimulatedBank(IRedisClient redis, IOptions<SimulatedBankOptions> options, TimeProvider time) : IBankGateway
{
    public async Task<BankPayout> PayoutAsync(PayoutInstruction instruction, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var refusal = RefusalFor(instruction, settings);
        var settles = !settings.FailingSettlementCardLast4.Contains(instruction.CardLast4) &&
                      Random.Shared.NextDouble() >= settings.SettlementFailureRate;
        var arrival = now + settings.SettlementDelayFor(instruction.BankCode);
        var reply = await SimulatedBankScripts.Payout.EvaluateAsync(
            redis,
            [SimulatedBankKeys.Payout(instruction.Key), SimulatedBankKeys.SettlementSchedule],
            [
                instruction.Key, refusal is null ? "accept" : "reject", refusal ?? "", settles ? "settled" : "failed",
                "SIM" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)), now.ToUnixTimeMilliseconds(),
                arrival.ToUnixTimeMilliseconds(), instruction.AmountFen, instruction.CardLast4, instruction.BankCode,
                instruction.ClientReference,
            ],
            cancellationToken).ConfigureAwait(false);
        await Task.Delay(Latency(settings), cancellationToken).ConfigureAwait(false);
        return PayoutHash.ToPayout(reply.AsStringMap());
    }

    public async Task<BankPayout?> GetPayoutAsync(string key, CancellationToken cancellationToken)
    {
        var fields = await redis.HGetAllStringAsync(SimulatedBankKeys.Payout(key), cancellationToken).ConfigureAwait(false);
        return fields.ContainsKey("status") ? PayoutHash.ToPayout(fields) : null;
    }

    public async Task<BankPayout> CancelPayoutAsync(string key, CancellationToken cancellationToken)
    {
        var reply = await SimulatedBankScripts.Cancel.EvaluateAsync(
            redis,
            [SimulatedBankKeys.Payout(key), SimulatedBankKeys.SettlementSchedule],
            [key, time.GetUtcNow().ToUnixTimeMilliseconds()],
            cancellationToken).ConfigureAwait(false);
        return PayoutHash.ToPayout(reply.AsStringMap());
    }

    /// <summary>How many payout requests the bank received with this key (a retried or duplicated send counts too).</summary>
    public async Task<long> GetPayoutRequestCountAsync(string key, CancellationToken cancellationToken)
    {
        var count = await redis.HGetStringAsync(SimulatedBankKeys.Payout(key), "requests", cancellationToken).ConfigureAwait(false);
        return count is null ? 0 : long.Parse(count, CultureInfo.InvariantCulture);
    }

    /// <summary>Settles every pending payout whose arrival time has come; returns the ones this call settled.</summary>
    public async Task<IReadOnlyList<BankPayout>> SettleDueAsync(int max, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var due = await redis.ZRangeByScoreAsync(
            SimulatedBankKeys.SettlementSchedule, double.NegativeInfinity, now, 0, max, cancellationToken).ConfigureAwait(false);
        var settled = new List<BankPayout>(due.Length);
        foreach (var key in due)
        {
            var reply = await SimulatedBankScripts.Settle.EvaluateAsync(
                redis, [SimulatedBankKeys.Payout(key), SimulatedBankKeys.SettlementSchedule], [key, now], cancellationToken).ConfigureAwait(false);
            if (reply.Count > 0) settled.Add(PayoutHash.ToPayout(reply.AsStringMap()));
        }
        return settled;
    }

    private static string? RefusalFor(PayoutInstruction instruction, SimulatedBankOptions settings)
    {
        if (settings.RejectedCardLast4.Contains(instruction.CardLast4)) return "the bank refused the card";
        if (settings.RejectedAmountsFen.Contains(instruction.AmountFen)) return "the bank refused the amount";
        return Random.Shared.NextDouble() < settings.RejectRate ? "the bank refused the transfer" : null;
    }

    private static TimeSpan Latency(SimulatedBankOptions settings)
    {
        var spread = (settings.MaxLatency - settings.MinLatency).Ticks;
        return settings.MinLatency + TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * spread));
    }
}
