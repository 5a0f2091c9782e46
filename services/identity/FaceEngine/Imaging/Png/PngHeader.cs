using System.Buffers.Binary;

namespace Platform.Identity.FaceEngine.Imaging.Png;

/// <summary>The IHDR chunk, validated against the combinations the PNG specification allows.</summary>
internal sealed record PngHeader(int Width, int Height, int BitDepth, PngColorType ColorType)
{
    public int Channels => ColorType switch
    {
        PngColorType.Grayscale or PngColorType.Palette => 1,
        PngColorType.GrayscaleAlpha => 2,
        PngColorType.Rgb => 3,
        _ => 4,
    };

    /// <summary>Bytes per complete pixel for filtering, at least one.</summary>
    public int FilterStride => Math.Max(1, Channels * BitDepth / 8);

    public long RowBytes => ((((long)Width * Channels * BitDepth) + 7) / 8);

    public static PngHeader Parse(ReadOnlySpan<byte> data, DecodeLimits limits)
    {
        if (data.Length != 13)
        {
            throw new ImageFormatException($"PNG: IHDR has {data.Length} bytes, expected 13");
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(data);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        limits.Check("PNG", width, height);

        var bitDepth = data[8];
        var colorType = data[9];
        var allowed = colorType switch
        {
            0 => bitDepth is 1 or 2 or 4 or 8 or 16,
            3 => bitDepth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => bitDepth is 8 or 16,
            _ => throw new ImageFormatException($"PNG: unknown colour type {colorType}"),
        };
        if (!allowed)
        {
            throw new ImageFormatException($"PNG: bit depth {bitDepth} is not allowed with colour type {colorType}");
        }

        if (data[10] != 0 || data[11] != 0)
        {
            throw new ImageFormatException($"PNG: unknown compression ({data[10]}) or filter method ({data[11]})");
        }

        if (data[12] == 1)
        {
            throw new ImageFormatException("PNG: interlaced (Adam7) images are not supported; save the image without interlacing");
        }

        if (data[12] != 0)
        {
            throw new ImageFormatException($"PNG: unknown interlace method {data[12]}");
        }

        return new PngHeader((int)width, (int)height, bitDepth, (PngColorType)colorType);
    }
}
