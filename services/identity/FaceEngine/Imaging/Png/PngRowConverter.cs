namespace Platform.Identity.FaceEngine.Imaging.Png;

/// <summary>Turns one unfiltered PNG row into 8-bit RGB; alpha is dropped, 16-bit samples are scaled to 8 bits with rounding.</summary>
internal static class PngRowConverter
{
    public static void Convert(PngHeader header, ReadOnlySpan<byte> palette, ReadOnlySpan<byte> row, Span<byte> rgb, int rowIndex)
    {
        var channels = header.Channels;
        for (var x = 0; x < header.Width; x++)
        {
            var o = x * 3;
            if (header.ColorType == PngColorType.Palette)
            {
                var index = Sample(row, x, header.BitDepth);
                if (index * 3 + 2 >= palette.Length)
                {
                    throw new ImageFormatException($"PNG: pixel ({x},{rowIndex}) uses palette entry {index}, but the palette has {palette.Length / 3}");
                }

                rgb[o] = palette[index * 3];
                rgb[o + 1] = palette[(index * 3) + 1];
                rgb[o + 2] = palette[(index * 3) + 2];
            }
            else if (channels <= 2)
            {
                rgb[o] = rgb[o + 1] = rgb[o + 2] = Scale(Sample(row, x * channels, header.BitDepth), header.BitDepth);
            }
            else
            {
                for (var c = 0; c < 3; c++)
                {
                    rgb[o + c] = Scale(Sample(row, (x * channels) + c, header.BitDepth), header.BitDepth);
                }
            }
        }
    }

    private static int Sample(ReadOnlySpan<byte> row, int index, int bitDepth)
    {
        switch (bitDepth)
        {
            case 8:
                return row[index];
            case 16:
                return (row[index * 2] << 8) | row[(index * 2) + 1];
            default:
                var bit = index * bitDepth;
                var shift = 8 - bitDepth - (bit & 7);
                return (row[bit >> 3] >> shift) & ((1 << bitDepth) - 1);
        }
    }

    private static byte Scale(int value, int bitDepth) => bitDepth switch
    {
        8 => (byte)value,
        16 => (byte)(((value * 255) + 32767) / 65535),
        _ => (byte)(value * 255 / ((1 << bitDepth) - 1)),
    };
}
