namespace Platform.Gateway.Extensions;

/// <summary>Request limits of the public API (section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Larger request bodies are refused with 413 before they are read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 32 * 1024;
}
