namespace Platform.Withdrawal.Bank.Simulated;

/// <summary>
/// Where the simulated bank keeps its books. It lives in the platform's Redis only so that it outlives a restart of
/// the service, like a real bank would; the service's own code never reads these keys.
/// </summary>
public static class SimulatedBankKeys
{
    /// <summary>Sorted set of pending payouts scored by their arrival time (Unix ms).</summary>
    public const string SettlementSchedule = "simbank:settlements";

    public static string Payout(string key) => $"simbank:payout:{{{key}}}";
}
