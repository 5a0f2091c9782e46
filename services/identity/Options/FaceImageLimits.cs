namespace Platform.Identity.Options;

/// <summary>What identity accepts as face images; larger uploads are refused before any pixel is decoded.</summary>
public sealed class FaceImageLimits
{
    /// <summary>Photos taken at one enrolment; the template is their descriptors' mean.</summary>
    public int MaxEnrolmentImages { get; set; } = 3;

    /// <summary>Frames of one liveness challenge.</summary>
    public int MaxFrames { get; set; } = 8;

    /// <summary>Encoded bytes of one image (PNG or JPEG).</summary>
    public int MaxImageBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Pixels of one decoded image, checked from its header.</summary>
    public long MaxImagePixels { get; set; } = 4_000_000;

    /// <summary>Pixels of all the images of one request together.</summary>
    public long MaxTotalPixels { get; set; } = 12_000_000;

    /// <summary>The largest request identity's gRPC endpoint reads: every image at its limit, plus room for the rest.</summary>
    public int MaxRequestBytes => checked((Math.Max(MaxEnrolmentImages, MaxFrames) * MaxImageBytes) + (64 * 1024));
}
