using System.Runtime.CompilerServices;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Layers;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Detection;

/// <summary>
/// A region of an image made into a network's square input as face-api does it: padded with black to a square, then
/// resized bilinearly (TF's resizeBilinear without corner alignment or half-pixel centres).
/// </summary>
public static class SquareInput
{
    /// <summary>The whole image, padded below or to the right (the detector's input).</summary>
    public static FeatureMap FromImage(RgbImage image, int size) =>
        FromRegion(image, 0, 0, image.Width, image.Height, centred: false, size);

    /// <summary>
    /// The region's pixels, padded to a square: below or to the right, or when <paramref name="centred"/> split with
    /// the rounded half after and the rest before (face-api's padToSquare).
    /// </summary>
    public static FeatureMap FromRegion(RgbImage image, int left, int top, int width, int height, bool centred, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        if (left < 0 || top < 0 || width <= 0 || height <= 0 || left + width > image.Width || top + height > image.Height)
        {
            throw new ArgumentOutOfRangeException(nameof(left), $"region ({left},{top}) {width}x{height} is not inside the {image.Width}x{image.Height} image");
        }

        var side = Math.Max(width, height);
        var before = centred ? (side - Math.Min(width, height)) - (int)Math.Round((side - Math.Min(width, height)) * 0.5, MidpointRounding.AwayFromZero) : 0;
        var (padTop, padLeft) = width < height ? (0, before) : (before, 0);
        var scale = (double)side / size;

        // Where each output column and row samples: the byte offsets of its two neighbouring source columns (rows) in the
        // image, -1 where they fall in the black padding, and the fraction between them. Computed once, not per pixel.
        var columns = Samples(size, scale, side, left - padLeft, left, left + width, 3);
        var rows = Samples(size, scale, side, top - padTop, top, top + height, image.Width * 3);
        var pixels = image.Pixels;
        var output = MapPool.Rent(size, size, 3);
        WorkSplit.For(size, (long)size * size * 3 * 12, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y) =>
        {
            var (upperRow, lowerRow, rowFraction) = rows[y];
            var target = output.Row(y);
            for (var x = 0; x < size; x++)
            {
                var (leftColumn, rightColumn, columnFraction) = columns[x];
                for (var c = 0; c < 3; c++)
                {
                    var upper = Lerp(Sample(pixels, upperRow, leftColumn, c), Sample(pixels, upperRow, rightColumn, c), columnFraction);
                    var lower = Lerp(Sample(pixels, lowerRow, leftColumn, c), Sample(pixels, lowerRow, rightColumn, c), columnFraction);
                    target[(x * 3) + c] = (float)Lerp(upper, lower, rowFraction);
                }
            }
        });
        return output;
    }

    /// <summary>How many input pixels the image itself covers across and down (the rest is padding), rounded as face-api does.</summary>
    public static (int Width, int Height) ContentSize(RgbImage image, int size)
    {
        var scale = (double)size / Math.Max(image.Width, image.Height);
        // At least one pixel, so a sliver of an image still scales its boxes by a finite factor.
        return (Math.Max(1, (int)Math.Round(image.Width * scale, MidpointRounding.AwayFromZero)), Math.Max(1, (int)Math.Round(image.Height * scale, MidpointRounding.AwayFromZero)));
    }

    private static double Lerp(double from, double to, double fraction) => from + ((to - from) * fraction);

    private static double Sample(byte[] pixels, int row, int column, int channel) =>
        row < 0 || column < 0 ? 0 : pixels[row + column + channel];

    /// <summary>
    /// For each of <paramref name="size"/> outputs along one axis: TF's resizeBilinear source position (output ×
    /// scale), its lower and upper neighbours in the padded square of <paramref name="side"/> pixels, each as a byte
    /// offset in the image (square position + <paramref name="origin"/>, × <paramref name="stride"/>), or -1 outside
    /// [<paramref name="start"/>, <paramref name="end"/>), and the fraction between them.
    /// </summary>
    private static (int Before, int After, double Fraction)[] Samples(int size, double scale, int side, int origin, int start, int end, int stride)
    {
        var samples = new (int, int, double)[size];
        for (var i = 0; i < size; i++)
        {
            var position = scale * i;
            var before = (int)Math.Floor(position);
            var after = Math.Min(side - 1, (int)Math.Ceiling(position));
            samples[i] = (Offset(before), Offset(after), position - before);
        }

        return samples;

        int Offset(int square) => origin + square >= start && origin + square < end ? (origin + square) * stride : -1;
    }
}
