using System.Buffers.Binary;
using Platform.Identity.FaceEngine.Imaging;

namespace FaceEngine.Tests.Imaging;

public class PngDecoderTests
{
    public static TheoryData<int, int> Formats => new()
    {
        { 0, 1 }, { 0, 2 }, { 0, 4 }, { 0, 8 }, { 0, 16 },
        { 2, 8 }, { 2, 16 },
        { 3, 1 }, { 3, 2 }, { 3, 4 }, { 3, 8 },
        { 4, 8 }, { 4, 16 },
        { 6, 8 }, { 6, 16 },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_colour_type_and_bit_depth_decodes_to_the_known_pixels(int colorType, int bitDepth)
    {
        const int width = 13, height = 11;
        var channels = colorType switch { 0 or 3 => 1, 4 => 2, 2 => 3, _ => 4 };
        var random = new Random((colorType * 100) + bitDepth);
        var max = colorType == 3 ? Math.Min(255, (1 << bitDepth) - 1) : (1 << bitDepth) - 1;
        var samples = Enumerable.Range(0, width * height * channels).Select(_ => random.Next(max + 1)).ToArray();
        byte[]? palette = null;
        if (colorType == 3)
        {
            palette = new byte[(max + 1) * 3];
            random.NextBytes(palette);
        }

        var image = ImageDecoder.Decode(PngWriter.Write(width, height, colorType, bitDepth, samples, palette));

        Assert.Equal(width, image.Width);
        Assert.Equal(height, image.Height);
        for (var p = 0; p < width * height; p++)
        {
            var expected = new byte[3];
            for (var c = 0; c < 3; c++)
            {
                expected[c] = colorType switch
                {
                    3 => palette![(samples[p] * 3) + c],
                    0 or 4 => To8Bits(samples[p * channels], bitDepth),
                    _ => To8Bits(samples[(p * channels) + c], bitDepth),
                };
            }

            Assert.Equal(expected, image.Pixels.AsSpan(p * 3, 3).ToArray());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Each_filter_alone_round_trips(int filter)
    {
        var samples = Enumerable.Range(0, 9 * 7 * 4).Select(i => (i * 37) % 256).ToArray();
        var image = ImageDecoder.Decode(PngWriter.Write(9, 7, 6, 8, samples, filterForRow: _ => filter));
        for (var p = 0; p < 9 * 7; p++)
        {
            Assert.Equal(samples.Skip(p * 4).Take(3).Select(v => (byte)v), image.Pixels.Skip(p * 3).Take(3));
        }
    }

    [Fact]
    public void Image_data_split_over_several_IDAT_chunks_decodes()
    {
        var samples = Enumerable.Range(0, 40 * 30 * 3).Select(i => (i * 7) % 256).ToArray();
        var image = ImageDecoder.Decode(PngWriter.Write(40, 30, 2, 8, samples, idatChunks: 5));
        Assert.Equal(samples.Select(v => (byte)v), image.Pixels);
    }

    [Fact]
    public void Interlaced_images_are_refused_with_a_clear_message()
    {
        var png = PngWriter.Write(4, 4, 2, 8, new int[4 * 4 * 3], interlaced: true);
        var e = Assert.Throws<ImageFormatException>(() => ImageDecoder.Decode(png));
        Assert.Contains("interlaced", e.Message);
    }

    [Fact]
    public void Every_truncation_is_a_format_error()
    {
        var png = PngWriter.Write(16, 16, 6, 8, Enumerable.Range(0, 16 * 16 * 4).Select(i => i % 256).ToArray());
        for (var length = 1; length < png.Length; length++)
        {
            Assert.Throws<ImageFormatException>(() => ImageDecoder.Decode(png.AsSpan(0, length)));
        }
    }

    [Fact]
    public void A_corrupt_chunk_fails_its_checksum()
    {
        var png = PngWriter.Write(8, 8, 2, 8, new int[8 * 8 * 3]);
        png[20] ^= 0x01;
        var e = Assert.Throws<ImageFormatException>(() => ImageDecoder.Decode(png));
        Assert.Contains("CRC", e.Message);
    }

    [Theory]
    [InlineData(100_000, 100_000)]
    [InlineData(8193, 1)]
    [InlineData(0, 5)]
    [InlineData(-1, 5)]
    public void Absurd_dimensions_are_refused_from_the_header_alone(int width, int height)
    {
        // Only a header: a decoder that allocated before checking would fail differently or run out of memory.
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        PngWriter.Chunk(file, "IHDR", ihdr);
        var e = Assert.Throws<ImageFormatException>(() => ImageDecoder.Decode(file.ToArray()));
        Assert.StartsWith("PNG:", e.Message);
    }

    [Fact]
    public void The_pixel_limit_is_configurable()
    {
        var png = PngWriter.Write(100, 100, 0, 8, new int[100 * 100]);
        Assert.Equal(100, ImageDecoder.Decode(png).Width);
        var e = Assert.Throws<ImageFormatException>(() => ImageDecoder.Decode(png, new DecodeLimits { MaxPixels = 9_999 }));
        Assert.Contains("10000 pixels", e.Message);
    }

    [Fact]
    public void Palette_index_beyond_the_palette_is_refused()
    {
        var png = PngWriter.Write(2, 1, 3, 8, [0, 5], palette: [1, 2, 3, 4, 5, 6]);
        Assert.Throws<ImageFormatException>(() => ImageDecoder.Decode(png));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a' })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E })]
    public void Empty_or_unknown_data_is_refused(byte[] data)
    {
        Assert.Throws<ImageFormatException>(() => ImageDecoder.Decode(data));
    }

    private static byte To8Bits(int value, int bitDepth) =>
        (byte)Math.Round(value * 255.0 / ((1 << bitDepth) - 1), MidpointRounding.AwayFromZero);
}
