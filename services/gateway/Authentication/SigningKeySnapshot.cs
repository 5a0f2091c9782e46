using Microsoft.IdentityModel.Tokens;

namespace Platform.Gateway.Authentication;

/// <summary>The token-signing keys identity published, by key id, and when they were fetched.</summary>
internal sealed record SigningKeySnapshot(IReadOnlyDictionary<string, SecurityKey> Keys, DateTimeOffset FetchedAt)
{
    public static SigningKeySnapshot Empty { get; } = new(new Dictionary<string, SecurityKey>(), DateTimeOffset.MinValue);
}
