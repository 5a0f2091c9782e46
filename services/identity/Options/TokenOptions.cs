namespace Platform.Identity.Options;

/// <summary>Access and refresh tokens.</summary>
public sealed class TokenOptions
{
    public string Issuer { get; set; } = "platform-identity";

    public string Audience { get; set; } = "platform";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);
}
