using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Platform.Gateway.Tests.Infrastructure;

/// <summary>Takes real access tokens apart and builds forged ones, the way an attacker would try.</summary>
public static class Tokens
{
    public static JsonObject Header(string token) => Decode(token.Split('.')[0]);

    public static JsonObject Payload(string token) => Decode(token.Split('.')[1]);

    /// <summary>A token with <paramref name="header"/> and <paramref name="payload"/>, signed ES256 with a key identity never had.</summary>
    public static string SignWithForeignKey(JsonObject header, JsonObject payload)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var input = Encode(header) + "." + Encode(payload);
        var signature = key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return input + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>The real token with its payload replaced and its original signature kept.</summary>
    public static string WithPayload(string token, JsonObject payload)
    {
        var parts = token.Split('.');
        return parts[0] + "." + Encode(payload) + "." + parts[2];
    }

    /// <summary>A token "signed" with HMAC under a guessable secret, or not at all ("none").</summary>
    public static string WithAlgorithm(string algorithm, JsonObject payload)
    {
        var header = new JsonObject { ["alg"] = algorithm, ["typ"] = "JWT" };
        var input = Encode(header) + "." + Encode(payload);
        if (algorithm == "none") return input + ".";
        var mac = HMACSHA256.HashData("secret"u8, Encoding.ASCII.GetBytes(input));
        return input + "." + Base64Url.EncodeToString(mac);
    }

    private static string Encode(JsonNode node) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(node.ToJsonString()));

    private static JsonObject Decode(string part) => JsonNode.Parse(Base64Url.DecodeFromChars(part))!.AsObject();
}
