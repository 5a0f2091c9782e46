namespace Platform.Identity.FaceEngine.Imaging;

/// <summary>Bounds checked against an image's declared size before any pixel memory is allocated.</summary>
public sealed record DecodeLimits
{
    public const int HardMaxSide = 8192;

    public static DecodeLimits Default { get; } = new();

    /// <summary>Largest width or height accepted; never above <see cref="HardMaxSide"/>.</summary>
    public int MaxSide { get; init; } = HardMaxSide;

    /// <summary>Largest width × height accepted (16 megapixels by default).</summary>
    public long MaxPixels { get; init; } = 16L * 1024 * 1024;

    public void Check(string format, long width, long height)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ImageFormatException($"{format}: image has no pixels ({width}x{height})");
        }

        var maxSide = Math.Min(MaxSide, HardMaxSide);
        if (width > maxSide || height > maxSide)
        {
            throw new ImageFormatException($"{format}: {width}x{height} exceeds the largest side accepted ({maxSide})");
        }

        if (width * height > MaxPixels)
        {
            throw new ImageFormatException($"{format}: {width}x{height} is {width * height} pixels, more than the {MaxPixels} accepted");
        }
    }
}
