using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.Identity.Domain.Tokens;

/// <summary>An ES256 (ECDSA P-256, SHA-256) token-signing key and its public JWK, identified by its RFC 7638 thumbprint.</summary>
public sealed class SigningKey
{
    private SigningKey(ECDsa key)
    {
        Key = key;
        var parameters = key.ExportParameters(includePrivateParameters: false);
        X = Base64Url.EncodeToString(parameters.Q.X);
        Y = Base64Url.EncodeToString(parameters.Q.Y);
        // RFC 7638: the thumbprint covers the required members in lexicographic order, without whitespace.
        var canonical = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{X}\",\"y\":\"{Y}\"}}";
        KeyId = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public ECDsa Key { get; }

    public string KeyId { get; }

    public string X { get; }

    public string Y { get; }

    public static SigningKey Generate() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    public static SigningKey FromPkcs8(byte[] pkcs8)
    {
        var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        if (key.KeySize != 256) throw new InvalidOperationException("The token-signing key must be an ECDSA P-256 key.");
        return new SigningKey(key);
    }

    public byte[] ExportPkcs8() => Key.ExportPkcs8PrivateKey();

    /// <summary>The public key as one JWK, written into a key set.</summary>
    public void WriteJwk(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("kty", "EC");
        writer.WriteString("crv", "P-256");
        writer.WriteString("x", X);
        writer.WriteString("y", Y);
        writer.WriteString("kid", KeyId);
        writer.WriteString("use", "sig");
        writer.WriteString("alg", "ES256");
        writer.WriteEndObject();
    }
}
