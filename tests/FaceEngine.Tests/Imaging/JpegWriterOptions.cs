namespace FaceEngine.Tests.Imaging;

/// <summary>How <see cref="JpegWriter"/> lays out a baseline file.</summary>
public sealed record JpegWriterOptions
{
    /// <summary>Luma sampling factors; chroma is always 1×1 (so 2×1 is 4:2:2 and 2×2 is 4:2:0).</summary>
    public (int H, int V) LumaSampling { get; init; } = (1, 1);

    public int RestartInterval { get; init; }

    public bool Greyscale { get; init; }

    /// <summary>One scan per component instead of one interleaved scan.</summary>
    public bool SeparateScans { get; init; }
}
