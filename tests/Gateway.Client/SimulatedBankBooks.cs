using Platform.Redis;

namespace Platform.Gateway.Client;

/// <summary>
/// The one view that is not through the gateway: the simulated bank's books (what the "bank" received, kept in the
/// platform's redis by the withdrawal service's built-in bank adapter under <c>simbank:payout:{withdrawal id}</c>).
/// It proves from the money's side that a payout was sent once, whatever happened to the saga.
/// </summary>
public sealed class SimulatedBankBooks(IRedisClient redis)
{
    /// <summary>The payout for a withdrawal: its status and how many payout requests the bank received; null if none.</summary>
    public async Task<(string Status, long Requests, long AmountFen)?> PayoutAsync(string withdrawalId)
    {
        var fields = await redis.HGetAllStringAsync($"simbank:payout:{{{withdrawalId}}}");
        if (fields.Count == 0) return null;
        return (fields["status"], long.Parse(fields["requests"]), long.Parse(fields["amount"]));
    }
}
