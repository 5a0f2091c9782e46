using System.Globalization;

namespace Platform.Withdrawal.Bank.Simulated;

/// <summary>Reads the simulated bank's payout hash.</summary>
internal static class PayoutHash
{
    public static BankPayout ToPayout(IReadOnlyDictionary<string, string> fields)
    {
        string Text(string name) => fields.TryGetValue(name, out var value) ? value : "";
        var status = Text("status") switch
        {
            "pending" => PayoutStatus.Pending,
            "settled" => PayoutStatus.Settled,
            "rejected" => PayoutStatus.Rejected,
            "failed" => PayoutStatus.Failed,
            "cancelled" => PayoutStatus.Cancelled,
            var other => throw new FormatException($"the simulated bank has a payout in an unknown status '{other}'"),
        };
        var arrival = Text("arrival");
        return new BankPayout(
            Text("key"),
            status,
            Text("reference"),
            Text("reason"),
            Text("client_ref"),
            arrival.Length == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(arrival, CultureInfo.InvariantCulture)));
    }
}
