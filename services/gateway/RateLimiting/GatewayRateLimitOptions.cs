namespace Platform.Gateway.RateLimiting;

/// <summary>The gateway's rate limits (section <c>Gateway:RateLimits</c>); token buckets refilled every second.</summary>
public sealed class GatewayRateLimitOptions
{
    public const string Section = "Gateway:RateLimits";

    /// <summary>Requests per second one client (its <c>X-Client-Id</c>, or its IP address) may make.</summary>
    public int ClientPerSecond { get; set; } = 100;

    public int ClientBurst { get; set; } = 200;

    /// <summary>Requests per second one signed-in user may make, whatever client they use.</summary>
    public int UserPerSecond { get; set; } = 30;

    public int UserBurst { get; set; } = 60;

    /// <summary>Credential attempts (login, payment password, SMS, face, device proofs) per user or client per window.</summary>
    public int CredentialAttempts { get; set; } = 20;

    public TimeSpan CredentialWindow { get; set; } = TimeSpan.FromMinutes(1);
}
