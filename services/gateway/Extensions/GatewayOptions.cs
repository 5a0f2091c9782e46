namespace Platform.Gateway.Extensions;

/// <summary>Request limits of the public API (section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Larger request bodies are refused with 413 before they are read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// The body limit of the routes that carry face images (base64 in JSON): room for identity's default of 8 frames
    /// of 2 MiB each. Identity checks the count, bytes and pixels of every image itself.
    /// </summary>
    public long MaxFaceUploadBytes { get; set; } = 24 * 1024 * 1024;
}
