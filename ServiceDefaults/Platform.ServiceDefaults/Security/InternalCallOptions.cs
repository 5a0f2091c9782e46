namespace Platform.ServiceDefaults.Security;

/// <summary>Bound from configuration section <c>Platform</c> (env <c>Platform__InternalKey</c>, injected by the app host).</summary>
public sealed class InternalCallOptions
{
    public const string Section = "Platform";

    /// <summary>Base64 of at least 32 random bytes, shared by every service of one deployment.</summary>
    public string? InternalKey { get; set; }

    /// <summary>The name this service signs its calls with; defaults to OTEL_SERVICE_NAME or the application name.</summary>
    public string? ServiceName { get; set; }

    /// <summary>How far a call's signing time may be from the callee's clock.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
