using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Platform.Identity.Options;

namespace Platform.Identity.Domain.Credentials;

/// <summary>
/// Keys derived (HKDF-SHA256, one label each) from the pepper that lives outside Redis. Whoever copies Redis gets
/// digests they cannot test guesses against without this process's configuration.
/// </summary>
public sealed class IdentitySecrets
{
    public IdentitySecrets(IOptions<IdentityOptions> options)
    {
        var pepper = SecretKeys.Decode(options.Value.PaymentPasswordPepper, "Identity:PaymentPasswordPepper");
        PaymentPasswordKey = Derive(pepper, "identity/payment-password");
        SmsCodeKey = Derive(pepper, "identity/sms-code");
        CardFingerprintKey = Derive(pepper, "identity/card-fingerprint");
        TokenDigestKey = Derive(pepper, "identity/token-digest");
    }

    public byte[] PaymentPasswordKey { get; }

    public byte[] SmsCodeKey { get; }

    public byte[] CardFingerprintKey { get; }

    /// <summary>Keys the digests under which refresh tokens and tickets are stored.</summary>
    public byte[] TokenDigestKey { get; }

    private static byte[] Derive(byte[] pepper, string label) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, pepper, 32, salt: null, info: System.Text.Encoding.UTF8.GetBytes(label));
}
