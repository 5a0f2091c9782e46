using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Security;

/// <summary>
/// HMAC-SHA256 over (service, role, user, time) with the deployment's internal key: a service that does not hold
/// the key cannot claim to act for a user.
/// </summary>
public sealed class CallerSignature(IOptions<InternalCallOptions> options)
{
    private readonly Lazy<byte[]> _key = new(() => DecodeKey(options.Value.InternalKey));

    public string Compute(string service, CallerRole role, string? userId, long unixSeconds)
    {
        var payload = string.Join('\n', service, role.ToString(), userId ?? "", unixSeconds.ToString(CultureInfo.InvariantCulture));
        var mac = HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(payload));
        return Convert.ToBase64String(mac);
    }

    public bool Matches(string signature, string service, CallerRole role, string? userId, long unixSeconds)
    {
        var expected = Encoding.ASCII.GetBytes(Compute(service, role, userId, unixSeconds));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    private static byte[] DecodeKey(string? base64)
    {
        const string hint = "set Platform__InternalKey to the base64 of at least 32 random bytes (the app host injects one)";
        if (string.IsNullOrWhiteSpace(base64)) throw new InvalidOperationException($"No internal call key: {hint}.");
        var key = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, key, out var length) || length < 32)
            throw new InvalidOperationException($"The internal call key is not valid: {hint}.");
        return key[..length];
    }
}
