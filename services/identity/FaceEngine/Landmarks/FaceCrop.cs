using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Landmarks;

/// <summary>
/// A detected face cut out for the landmark net as face-api does it: the box clipped to the image and floored, the
/// pixels padded to a centred square and resized to the net's input.
/// </summary>
public sealed class FaceCrop
{
    private FaceCrop(FeatureMap input, int left, int top, int width, int height)
    {
        Input = input;
        Left = left;
        Top = top;
        Width = width;
        Height = height;
    }

    public FeatureMap Input { get; }

    public int Left { get; }

    public int Top { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The crop, or null when the box lies wholly outside the image.</summary>
    public static FaceCrop? From(RgbImage image, FaceDetection face, int size)
    {
        var region = Region(image, face);
        return region is not { } r
            ? null
            : new FaceCrop(SquareInput.FromRegion(image, r.X, r.Y, r.Width, r.Height, centred: true, size), r.X, r.Y, r.Width, r.Height);
    }

    /// <summary>The pixels a crop takes: the box clipped to the image, then floored; null when nothing is left.</summary>
    public static (int X, int Y, int Width, int Height)? Region(RgbImage image, FaceDetection face)
    {
        var left = Math.Max(face.X, 0);
        var top = Math.Max(face.Y, 0);
        var width = (int)Math.Floor(Math.Min(face.Right - left, image.Width - left));
        var height = (int)Math.Floor(Math.Min(face.Bottom - top, image.Height - top));
        return width <= 0 || height <= 0 ? null : ((int)Math.Floor(left), (int)Math.Floor(top), width, height);
    }
}
