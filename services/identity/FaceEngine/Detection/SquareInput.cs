using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Detection;

/// <summary>
/// An image made into a network's square input as face-api does it: padded with black below or to the right to a
/// square, then resized bilinearly (TF's resizeBilinear without corner alignment or half-pixel centres).
/// </summary>
public static class SquareInput
{
    public static FeatureMap FromImage(RgbImage image, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var side = Math.Max(image.Width, image.Height);
        var scale = (double)side / size;
        var output = new FeatureMap(size, size, 3);
        Parallel.For(0, size, y =>
        {
            var sourceY = scale * y;
            var top = (int)Math.Floor(sourceY);
            var bottom = Math.Min(side - 1, (int)Math.Ceiling(sourceY));
            var rowFraction = sourceY - top;
            for (var x = 0; x < size; x++)
            {
                var sourceX = scale * x;
                var left = (int)Math.Floor(sourceX);
                var right = Math.Min(side - 1, (int)Math.Ceiling(sourceX));
                var columnFraction = sourceX - left;
                var pixel = output.Pixel(y, x);
                for (var c = 0; c < 3; c++)
                {
                    var upper = Lerp(Sample(image, top, left, c), Sample(image, top, right, c), columnFraction);
                    var lower = Lerp(Sample(image, bottom, left, c), Sample(image, bottom, right, c), columnFraction);
                    pixel[c] = (float)Lerp(upper, lower, rowFraction);
                }
            }
        });
        return output;
    }

    /// <summary>How many input pixels the image itself covers across and down (the rest is padding), rounded as face-api does.</summary>
    public static (int Width, int Height) ContentSize(RgbImage image, int size)
    {
        var scale = (double)size / Math.Max(image.Width, image.Height);
        return ((int)Math.Round(image.Width * scale, MidpointRounding.AwayFromZero), (int)Math.Round(image.Height * scale, MidpointRounding.AwayFromZero));
    }

    private static double Lerp(double from, double to, double fraction) => from + ((to - from) * fraction);

    // Outside the image is the black padding.
    private static double Sample(RgbImage image, int y, int x, int channel) =>
        y < image.Height && x < image.Width ? image.Pixels[(((y * image.Width) + x) * 3) + channel] : 0;
}
