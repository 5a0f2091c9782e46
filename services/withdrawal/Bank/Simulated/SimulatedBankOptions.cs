using Platform.Withdrawal.Configuration;

namespace Platform.Withdrawal.Bank.Simulated;

/// <summary>
/// How the simulated bank behaves, bound from the "SimulatedBank" section. The test cards and amounts below are the
/// documented way to make it refuse or fail on purpose (docs/services/withdrawal.md).
/// </summary>
public sealed class SimulatedBankOptions : ISelfValidatingOptions
{
    public const string Section = "SimulatedBank";

    /// <summary>How long the bank takes to answer a payout (after it has recorded it), at least.</summary>
    public TimeSpan MinLatency { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>At most; each answer takes a uniformly random time between the two.</summary>
    public TimeSpan MaxLatency { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The share of payouts refused outright (0..1).</summary>
    public double RejectRate { get; set; }

    /// <summary>The share of accepted payouts that then fail to settle (0..1).</summary>
    public double SettlementFailureRate { get; set; }

    /// <summary>Cards (by last four digits) the bank always refuses.</summary>
    public string[] RejectedCardLast4 { get; set; } = ["0002"];

    /// <summary>Cards (by last four digits) whose payouts are accepted and then fail to settle.</summary>
    public string[] FailingSettlementCardLast4 { get; set; } = ["0003"];

    /// <summary>Amounts (fen) the bank always refuses.</summary>
    public long[] RejectedAmountsFen { get; set; } = [666_66];

    /// <summary>How long the money takes to arrive, per bank code ("arrival time depends on the bank").</summary>
    public Dictionary<string, TimeSpan> SettlementDelays { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ICBC"] = TimeSpan.FromSeconds(1),
        ["CMB"] = TimeSpan.FromMilliseconds(500),
        ["ABC"] = TimeSpan.FromSeconds(3),
    };

    /// <summary>For a bank code not listed in <see cref="SettlementDelays"/>.</summary>
    public TimeSpan DefaultSettlementDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the bank settles the payouts that have arrived.</summary>
    public TimeSpan SettlementScanInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan SettlementDelayFor(string bankCode) =>
        SettlementDelays.TryGetValue(bankCode, out var delay) ? delay : DefaultSettlementDelay;

    public void Validate()
    {
        if (MinLatency < TimeSpan.Zero || MaxLatency < MinLatency)
            throw new InvalidOperationException("SimulatedBank: MinLatency must not be negative nor above MaxLatency.");
        if (RejectRate is < 0 or > 1 || SettlementFailureRate is < 0 or > 1)
            throw new InvalidOperationException("SimulatedBank: RejectRate and SettlementFailureRate must be between 0 and 1.");
        if (DefaultSettlementDelay < TimeSpan.Zero || SettlementDelays.Values.Any(d => d < TimeSpan.Zero))
            throw new InvalidOperationException("SimulatedBank: settlement delays must not be negative.");
        if (SettlementScanInterval <= TimeSpan.Zero)
            throw new InvalidOperationException("SimulatedBank: SettlementScanInterval must be positive.");
    }
}
