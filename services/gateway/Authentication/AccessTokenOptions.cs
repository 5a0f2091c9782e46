namespace Platform.Gateway.Authentication;

/// <summary>How access tokens issued by identity are validated (section <c>Gateway:Tokens</c>).</summary>
public sealed class AccessTokenOptions
{
    public const string Section = "Gateway:Tokens";

    /// <summary>The <c>iss</c> every token must carry; null skips the check.</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> every token must carry; null skips the check.</summary>
    public string? Audience { get; set; }

    /// <summary>How far a token's expiry may lag the gateway's clock.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long fetched signing keys are trusted before they are fetched again.</summary>
    public TimeSpan KeyCacheLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// At most one fetch per this interval when a token names a key the gateway does not know, so tokens with
    /// made-up key ids cannot make the gateway hammer identity.
    /// </summary>
    public TimeSpan MinKeyRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many validated tokens are remembered so their next requests skip the signature check (0 turns it off).
    /// A remembered token is still refused once it expires or its signing key is no longer published.
    /// </summary>
    public int ValidatedCacheSize { get; set; } = 10_000;

    /// <summary>Longer bearer values are rejected before any parsing.</summary>
    public int MaxTokenLength { get; set; } = 4096;
}
