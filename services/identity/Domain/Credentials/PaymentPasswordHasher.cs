using System.Security.Cryptography;
using System.Text;

namespace Platform.Identity.Domain.Credentials;

/// <summary>
/// A 6-digit PIN has about 20 bits, so no hash makes it strong by itself: it is HMAC-SHA256 under a key derived from
/// the pepper (outside Redis) over a per-user salt and the PIN. Online guessing is stopped by the lockout.
/// </summary>
public sealed class PaymentPasswordHasher(IdentitySecrets secrets)
{
    public (string Salt, string Digest) Hash(string pin)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return (Convert.ToBase64String(salt), Convert.ToBase64String(Compute(salt, pin)));
    }

    public bool Verify(string pin, string salt, string digest) =>
        CryptographicOperations.FixedTimeEquals(Compute(Convert.FromBase64String(salt), pin), Convert.FromBase64String(digest));

    private byte[] Compute(byte[] salt, string pin)
    {
        var message = new byte[salt.Length + Encoding.ASCII.GetByteCount(pin)];
        salt.CopyTo(message, 0);
        Encoding.ASCII.GetBytes(pin, message.AsSpan(salt.Length));
        return HMACSHA256.HashData(secrets.PaymentPasswordKey, message);
    }
}
