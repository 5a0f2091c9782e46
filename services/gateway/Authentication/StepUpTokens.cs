using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Security;

namespace Platform.Gateway.Authentication;

/// <summary>
/// A login from an untrusted device gets no access token until its verification completes, yet the user must
/// prove factors for it. The gateway hands back a step-up token instead: an HMAC (under a key derived from the
/// deployment's internal key, so every gateway replica accepts it) over (user, verification, expiry). It
/// authenticates only the routes of that one verification.
/// </summary>
public sealed class StepUpTokens(IOptions<InternalCallOptions> platform, TimeProvider time)
{
    private static readonly byte[] Purpose = "platform gateway: login step-up token v1"u8.ToArray();
    private readonly Lazy<byte[]> _key = new(() => HMACSHA256.HashData(DecodeInternalKey(platform.Value.InternalKey), Purpose));

    /// <summary>The longest a step-up token lives, whatever the verification's own expiry.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(15);

    /// <summary>A token for <paramref name="verificationId"/> of <paramref name="userId"/>, expiring with the verification.</summary>
    public string Issue(string userId, string verificationId, DateTimeOffset? verificationExpiresAt)
    {
        var latest = time.GetUtcNow() + MaxLifetime;
        var expiresAt = verificationExpiresAt is { } at && at < latest ? at : latest;
        return Issue(new StepUpGrant(userId, verificationId, expiresAt));
    }

    private string Issue(StepUpGrant grant)
    {
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', grant.UserId, grant.VerificationId,
            grant.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key.Value, payload));
    }

    /// <summary>The grant, or null when the token is malformed, forged or expired.</summary>
    public StepUpGrant? Read(string token)
    {
        var dot = token.IndexOf('.');
        if (dot <= 0 || token.Length > 1024) return null;
        byte[] payload, mac;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            mac = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return null;
        }
        if (!CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(_key.Value, payload))) return null;

        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)) return null;
        var grant = new StepUpGrant(parts[0], parts[1], DateTimeOffset.FromUnixTimeSeconds(expires));
        return grant.ExpiresAt > time.GetUtcNow() ? grant : null;
    }

    private static byte[] DecodeInternalKey(string? base64) =>
        string.IsNullOrWhiteSpace(base64)
            ? throw new InvalidOperationException("No internal call key: set Platform__InternalKey (the app host injects one).")
            : Convert.FromBase64String(base64);
}
