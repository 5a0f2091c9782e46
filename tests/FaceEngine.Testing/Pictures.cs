using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;

namespace Platform.FaceEngine.Testing;

/// <summary>Pixel operations tests build frames with: regions, mirror images, pictures side by side.</summary>
public static class Pictures
{
    /// <summary>A region twice the box's size around it (clipped to the image), so it holds that one face.</summary>
    public static RgbImage Around(RgbImage image, FaceDetection box)
    {
        var left = (int)Math.Max(0, box.X - (box.Width / 2));
        var top = (int)Math.Max(0, box.Y - (box.Height / 2));
        var width = (int)Math.Min(image.Width, box.Right + (box.Width / 2)) - left;
        var height = (int)Math.Min(image.Height, box.Bottom + (box.Height / 2)) - top;
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            image.Pixels.AsSpan((((top + y) * image.Width) + left) * 3, width * 3).CopyTo(pixels.AsSpan(y * width * 3));
        }

        return new RgbImage(width, height, pixels);
    }

    public static RgbImage Mirror(RgbImage image)
    {
        var pixels = new byte[image.Pixels.Length];
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var from = ((y * image.Width) + x) * 3;
                var to = ((y * image.Width) + (image.Width - 1 - x)) * 3;
                image.Pixels.AsSpan(from, 3).CopyTo(pixels.AsSpan(to));
            }
        }

        return new RgbImage(image.Width, image.Height, pixels);
    }

    public static RgbImage SideBySide(RgbImage left, RgbImage right)
    {
        var width = left.Width + right.Width;
        var height = Math.Max(left.Height, right.Height);
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            if (y < left.Height)
            {
                left.Pixels.AsSpan(y * left.Width * 3, left.Width * 3).CopyTo(pixels.AsSpan(y * width * 3));
            }

            if (y < right.Height)
            {
                right.Pixels.AsSpan(y * right.Width * 3, right.Width * 3).CopyTo(pixels.AsSpan(((y * width) + left.Width) * 3));
            }
        }

        return new RgbImage(width, height, pixels);
    }

    /// <summary>A flat grey picture: a frame without any face.</summary>
    public static RgbImage Blank(int width, int height) => new(width, height, Enumerable.Repeat((byte)128, width * height * 3).ToArray());
}
