using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Platform.Contracts.Withdrawal.V1;

namespace Platform.Withdrawal.Handlers;

/// <summary>
/// What makes two Create requests "the same" for an Idempotency-Key: amount, card and device. The client address
/// is left out on purpose: a phone that retries from another network is still sending the same request.
/// </summary>
public static class RequestFingerprint
{
    public static string Of(CreateWithdrawalRequest request)
    {
        var canonical = string.Join('\n', request.AmountFen.ToString(CultureInfo.InvariantCulture), request.CardId, request.DeviceId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
