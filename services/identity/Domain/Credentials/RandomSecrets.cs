using System.Buffers.Text;
using System.Security.Cryptography;

namespace Platform.Identity.Domain.Credentials;

/// <summary>Cryptographically random identifiers, tokens and codes.</summary>
public static class RandomSecrets
{
    /// <summary>An identifier such as <c>v_3q2…</c>: a prefix and 128 random bits, URL-safe.</summary>
    public static string Id(string prefix) => prefix + "_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A bearer token with 256 random bits.</summary>
    public static string Token(string prefix) => prefix + "_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>A uniformly random 6-digit code.</summary>
    public static string SixDigits() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] Nonce(int bytes = 32) => RandomNumberGenerator.GetBytes(bytes);
}
