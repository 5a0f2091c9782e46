using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Platform.Identity.Options;

namespace Platform.Identity.Domain.Tokens;

/// <summary>
/// Short-lived ES256 JWT access tokens: <c>sub</c> = user id, <c>did</c> = device id, <c>iss</c>, <c>aud</c>,
/// <c>iat</c>, <c>nbf</c>, <c>exp</c>, <c>jti</c>. The gateway validates them with the JWKS alone.
/// </summary>
public sealed class AccessTokenIssuer(SigningKeyProvider keys, IOptions<IdentityOptions> options, TimeProvider time)
{
    public const string DeviceClaim = "did";

    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(string userId, string deviceId)
    {
        var key = await keys.GetAsync();
        var settings = options.Value.Tokens;
        var now = time.GetUtcNow();
        var expires = now + settings.AccessTokenLifetime;

        var header = Json(writer =>
        {
            writer.WriteString("alg", "ES256");
            writer.WriteString("typ", "JWT");
            writer.WriteString("kid", key.KeyId);
        });
        var payload = Json(writer =>
        {
            writer.WriteString("iss", settings.Issuer);
            writer.WriteString("aud", settings.Audience);
            writer.WriteString("sub", userId);
            writer.WriteString(DeviceClaim, deviceId);
            writer.WriteNumber("iat", now.ToUnixTimeSeconds());
            writer.WriteNumber("nbf", now.ToUnixTimeSeconds());
            writer.WriteNumber("exp", expires.ToUnixTimeSeconds());
            writer.WriteString("jti", Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)));
        });
        var signingInput = Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(payload);
        var signature = key.Key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return (signingInput + "." + Base64Url.EncodeToString(signature), expires);
    }

    /// <summary>The JSON Web Key Set (RFC 7517) of the signing keys.</summary>
    public async Task<string> GetKeySetAsync()
    {
        var key = await keys.GetAsync();
        var json = Json(writer =>
        {
            writer.WriteStartArray("keys");
            key.WriteJwk(writer);
            writer.WriteEndArray();
        });
        return Encoding.UTF8.GetString(json);
    }

    private static byte[] Json(Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
