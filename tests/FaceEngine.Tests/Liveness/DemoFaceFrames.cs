using FaceEngine.Tests.Reference;
using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Pipeline;
using Platform.Identity.FaceEngine.Recognition;

namespace FaceEngine.Tests.Liveness;

/// <summary>
/// Frames cut from face-api's demo photo sample1 (our JPEG decoder): a region twice a face's box around it, so each
/// frame holds that one face, and mirror images of such regions. sample1's faces all look to the image's left
/// (negative yaw), so a region and its mirror make a turn one way and the other.
/// </summary>
public static class DemoFaceFrames
{
    public static Lazy<FacePipeline> Pipeline { get; } = new(() => FacePipeline.LoadDirectory(Path.GetDirectoryName(ReferenceRun.Model(FacePipeline.DetectorModel))!));

    private static readonly Lazy<(RgbImage Photo, IReadOnlyList<DescribedFace> Faces)> Sample1 = new(() =>
    {
        var photo = ImageDecoder.Decode(File.ReadAllBytes(Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "demo", "sample1.jpg")));
        return (photo, Pipeline.Value.Describe(photo));
    });

    /// <summary>The region around sample1's face number <paramref name="face"/> (best first).</summary>
    public static RgbImage Around(int face)
    {
        var (photo, faces) = Sample1.Value;
        return Region(photo, faces[face].Detection);
    }

    /// <summary>The descriptor of sample1's face number <paramref name="face"/> in the whole photo, as an enrolment would take it.</summary>
    public static FaceDescriptor Enrolled(int face) => Sample1.Value.Faces[face].Descriptor;

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

    private static RgbImage Region(RgbImage image, FaceDetection box)
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
}
