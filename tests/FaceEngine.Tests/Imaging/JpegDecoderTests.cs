using Platform.Identity.FaceEngine.Imaging;

namespace FaceEngine.Tests.Imaging;

public class JpegDecoderTests
{
    // jpeg-js uses an integer IDCT and truncates (we round) after colour conversion: greyscale agrees within 1 level,
    // colour within 3 with a mean near 0.5.
    private const int MaxDifference = 3;
    private const double MaxMeanDifference = 0.75;

    public static TheoryData<string, int, int, int, int, int, bool, bool> Layouts => new()
    {
        { "4:4:4", 37, 29, 1, 1, 0, false, false },
        { "4:2:2", 37, 29, 2, 1, 0, false, false },
        { "4:2:0", 67, 45, 2, 2, 0, false, false },
        { "4:4:0", 30, 41, 1, 2, 0, false, false },
        { "4:2:0 restart every MCU", 67, 45, 2, 2, 1, false, false },
        { "4:2:2 restart every 3 MCUs", 50, 20, 2, 1, 3, false, false },
        { "4:2:0 one scan per component", 67, 45, 2, 2, 0, false, true },
        { "4:2:0 separate scans and restarts", 41, 33, 2, 2, 2, false, true },
        { "greyscale", 35, 27, 1, 1, 0, true, false },
        { "greyscale with restarts", 35, 27, 1, 1, 4, true, false },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Decodes_as_jpeg_js_does(string layout, int width, int height, int h, int v, int restart, bool greyscale, bool separate)
    {
        var jpeg = JpegWriter.Write(width, height, TestPictures.Make(width, height, layout.Length), new JpegWriterOptions
        {
            LumaSampling = (h, v),
            RestartInterval = restart,
            Greyscale = greyscale,
            SeparateScans = separate,
        });

        AssertMatchesReference(jpeg, width, height);
    }

    [Theory]
    [InlineData(16, 16, 90)]
    [InlineData(61, 47, 75)]
    public void Decodes_files_from_another_encoder_with_the_standard_tables(int width, int height, int quality)
    {
        var jpeg = JpegReference.Encode(width, height, TestPictures.Make(width, height, 7), quality);
        AssertMatchesReference(jpeg, width, height);
    }

    [Fact]
    public void Decoded_pixels_are_close_to_the_encoded_picture()
    {
        var rgb = TestPictures.Make(64, 48, 3);
        var image = ImageDecoder.Decode(JpegWriter.Write(64, 48, rgb, new JpegWriterOptions()));
        var mean = rgb.Zip(image.Pixels, (a, b) => Math.Abs(a - b)).Average();
        Assert.True(mean < 3, $"mean difference from the source picture {mean:F2}");
    }

    [Fact]
    public void Progressive_files_are_refused_with_a_clear_message()
    {
        var jpeg = JpegWriter.Write(16, 16, TestPictures.Make(16, 16, 1), new JpegWriterOptions());
        var sof = FindMarker(jpeg, 0xC0);
        jpeg[sof + 1] = 0xC2;
        var e = Assert.Throws<ImageFormatException>(() => ImageDecoder.Decode(jpeg));
        Assert.Contains("progressive", e.Message);
    }

    [Fact]
    public void Every_truncation_is_a_format_error()
    {
        var jpeg = JpegWriter.Write(24, 16, TestPictures.Make(24, 16, 2), new JpegWriterOptions { LumaSampling = (2, 2), RestartInterval = 1 });
        var eoi = jpeg.Length - 2;
        for (var length = 1; length < eoi; length++)
        {
            Assert.Throws<ImageFormatException>(() => ImageDecoder.Decode(jpeg.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Corrupt_bytes_never_escape_as_anything_but_a_format_error()
    {
        var original = JpegWriter.Write(32, 32, TestPictures.Make(32, 32, 4), new JpegWriterOptions { LumaSampling = (2, 1), RestartInterval = 2 });
        var random = new Random(11);
        for (var trial = 0; trial < 2000; trial++)
        {
            var jpeg = (byte[])original.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                jpeg[random.Next(2, jpeg.Length)] = (byte)random.Next(256);
            }

            try
            {
                ImageDecoder.Decode(jpeg, new DecodeLimits { MaxPixels = 1024 * 1024 });
            }
            catch (ImageFormatException)
            {
            }
        }
    }

    [Theory]
    [InlineData(65535, 65535)]
    [InlineData(9000, 8)]
    [InlineData(5000, 5000)]
    public void Absurd_dimensions_are_refused_from_the_frame_header(int width, int height)
    {
        var jpeg = JpegWriter.Write(8, 8, TestPictures.Make(8, 8, 5), new JpegWriterOptions());
        var sof = FindMarker(jpeg, 0xC0);
        jpeg[sof + 5] = (byte)(height >> 8);
        jpeg[sof + 6] = (byte)height;
        jpeg[sof + 7] = (byte)(width >> 8);
        jpeg[sof + 8] = (byte)width;
        var e = Assert.Throws<ImageFormatException>(() => ImageDecoder.Decode(jpeg));
        Assert.Contains($"{width}x{height}", e.Message);
    }

    private static void AssertMatchesReference(byte[] jpeg, int width, int height)
    {
        var reference = JpegReference.Decode(jpeg);
        var image = ImageDecoder.Decode(jpeg);
        Assert.Equal((width, height), (reference.Width, reference.Height));
        Assert.Equal((width, height), (image.Width, image.Height));
        var differences = reference.Rgb.Zip(image.Pixels, (a, b) => Math.Abs(a - b)).ToArray();
        Assert.True(differences.Max() <= MaxDifference && differences.Average() <= MaxMeanDifference,
            $"against jpeg-js: max difference {differences.Max()}, mean {differences.Average():F3}");
    }

    private static int FindMarker(byte[] jpeg, byte marker)
    {
        for (var i = 0; i < jpeg.Length - 1; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] == marker)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"marker {marker:X2} not found");
    }
}
