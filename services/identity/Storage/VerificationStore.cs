using System.Globalization;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Verification;
using Platform.Redis;

namespace Platform.Identity.Storage;

/// <summary>Verifications and their single-use tickets (stored only under the ticket's keyed digest).</summary>
public sealed class VerificationStore(IRedisClient redis)
{
    public async Task CreateAsync(string userId, VerificationRecord record, TimeSpan keyLifetime)
    {
        var key = IdentityKeys.Verification(userId, record.VerificationId);
        await redis.HSetAsync(key,
        [
            new("purpose", record.Purpose),
            new("operation", record.OperationId),
            new("amount", record.AmountFen),
            new("required", Join(record.Required)),
            new("satisfied", ""),
            new("expires_ms", record.ExpiresAt.ToUnixTimeMilliseconds()),
            new("device", record.DeviceId),
            new("ticket_issued", "0"),
        ]);
        await redis.ExpireAsync(key, keyLifetime);
    }

    public async Task<VerificationRecord?> FindAsync(string userId, string verificationId)
    {
        var fields = await redis.HGetAllStringAsync(IdentityKeys.Verification(userId, verificationId));
        if (!fields.TryGetValue("purpose", out var purpose)) return null;
        return new VerificationRecord(
            verificationId,
            purpose,
            fields["operation"],
            long.Parse(fields["amount"], CultureInfo.InvariantCulture),
            Split(fields["required"]),
            Split(fields["satisfied"]),
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(fields["expires_ms"], CultureInfo.InvariantCulture)),
            fields["device"],
            fields["ticket_issued"] == "1");
    }

    /// <summary>Marks a factor proven; when the last one is, stores the ticket record under <paramref name="ticketDigest"/>.</summary>
    public async Task<(string Status, IReadOnlyList<Factor> Satisfied)> SatisfyAsync(
        string userId, string verificationId, Factor factor, string ticketDigest, DateTimeOffset now, DateTimeOffset ticketExpiresAt, TimeSpan ticketKeyLifetime)
    {
        var reply = await IdentityScripts.SatisfyFactor.EvaluateAsync(redis,
            [IdentityKeys.Verification(userId, verificationId), IdentityKeys.Ticket(userId, ticketDigest)],
            [now.ToUnixTimeMilliseconds(), (int)factor, ticketExpiresAt.ToUnixTimeMilliseconds(), (long)ticketKeyLifetime.TotalMilliseconds, verificationId]);
        return (reply[0].AsString()!, Split(reply[1].AsString()!));
    }

    /// <summary>Redeems a ticket once; <paramref name="matchOperation"/> false checks the purpose only.</summary>
    public async Task<(string Status, IReadOnlyList<Factor> Factors)> RedeemAsync(
        string userId, string ticketDigest, DateTimeOffset now, string purpose, string operationId, long amountFen, bool matchOperation)
    {
        var reply = await IdentityScripts.RedeemTicket.EvaluateAsync(redis,
            [IdentityKeys.Ticket(userId, ticketDigest)],
            [now.ToUnixTimeMilliseconds(), purpose, operationId, amountFen, matchOperation ? "1" : "0"]);
        return (reply[0].AsString()!, Split(reply[1].AsString()!));
    }

    private static string Join(IEnumerable<Factor> factors) =>
        string.Join(',', factors.Select(factor => ((int)factor).ToString(CultureInfo.InvariantCulture)));

    private static Factor[] Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(number => (Factor)int.Parse(number, CultureInfo.InvariantCulture))
            .ToArray();
}
