using System.Security.Cryptography;
using System.Text;

namespace Platform.Identity.Domain.Credentials;

/// <summary>
/// Keyed digests of bearer secrets (refresh tokens, tickets, SMS codes): Redis stores only these, so reading it
/// reveals nothing that can be presented back.
/// </summary>
public sealed class SecretDigests(IdentitySecrets secrets)
{
    /// <summary>The digest a refresh token or ticket is stored under.</summary>
    public string OfToken(string token) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secrets.TokenDigestKey, Encoding.UTF8.GetBytes(token)));

    /// <summary>An SMS code's digest, bound to the verification it was sent for.</summary>
    public string OfSmsCode(string verificationId, string code) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secrets.SmsCodeKey, Encoding.UTF8.GetBytes(verificationId + "\n" + code)));
}
