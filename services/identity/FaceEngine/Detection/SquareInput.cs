using Platform.Identity.FaceEngine.Imaging;
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
        var region = new Region(image, left - padLeft, top - padTop, left, top, left + width, top + height);
        var scale = (double)side / size;
        var output = MapPool.Rent(size, size, 3);
        Parallel.For(0, size, y =>
        {
            var sourceY = scale * y;
            var upperRow = (int)Math.Floor(sourceY);
            var lowerRow = Math.Min(side - 1, (int)Math.Ceiling(sourceY));
            var rowFraction = sourceY - upperRow;
            for (var x = 0; x < size; x++)
            {
                var sourceX = scale * x;
                var leftColumn = (int)Math.Floor(sourceX);
                var rightColumn = Math.Min(side - 1, (int)Math.Ceiling(sourceX));
                var columnFraction = sourceX - leftColumn;
                var pixel = output.Pixel(y, x);
                for (var c = 0; c < 3; c++)
                {
                    var upper = Lerp(region.Sample(upperRow, leftColumn, c), region.Sample(upperRow, rightColumn, c), columnFraction);
                    var lower = Lerp(region.Sample(lowerRow, leftColumn, c), region.Sample(lowerRow, rightColumn, c), columnFraction);
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
        // At least one pixel, so a sliver of an image still scales its boxes by a finite factor.
        return (Math.Max(1, (int)Math.Round(image.Width * scale, MidpointRounding.AwayFromZero)), Math.Max(1, (int)Math.Round(image.Height * scale, MidpointRounding.AwayFromZero)));
    }

    private static double Lerp(double from, double to, double fraction) => from + ((to - from) * fraction);

    /// <summary>The padded square's pixel (y, x) is the image's (originY + y, originX + x) when inside the region, else black.</summary>
    private readonly record struct Region(RgbImage Image, int OriginX, int OriginY, int Left, int Top, int Right, int Bottom)
    {
        public double Sample(int y, int x, int channel)
        {
            var (imageY, imageX) = (OriginY + y, OriginX + x);
            return imageY >= Top && imageY < Bottom && imageX >= Left && imageX < Right
                ? Image.Pixels[(((imageY * Image.Width) + imageX) * 3) + channel]
                : 0;
        }
    }
}
