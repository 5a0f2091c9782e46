using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Pipeline;

namespace Platform.FaceEngine.Testing;

/// <summary>
/// Face pictures from face-api's demo photo sample1 (three women, all looking to the image's left): the region
/// around one face, and its mirror image. No demo photo shows one person turning, so a region and its mirror
/// stand for a head turned one way and the other: the region is a turn to the person's right (negative yaw),
/// the mirror a turn to their left.
/// </summary>
public static class DemoFaces
{
    /// <summary>The face the liveness frames use: its mirror image is still detected and still matches it.</summary>
    public const int Turning = 2;

    public static Lazy<FacePipeline> Pipeline { get; } = new(() => FacePipeline.LoadDirectory(FaceApiPackage.Models));

    private static readonly Lazy<(RgbImage Photo, IReadOnlyList<DescribedFace> Faces)> Sample1 = new(() =>
    {
        var bytes = File.ReadAllBytes(FaceApiPackage.DemoPhoto("sample1.jpg"));
        var photo = ImageDecoder.Decode(bytes);
        return (photo, Pipeline.Value.Describe(photo));
    });

    public static byte[] Sample1Jpeg => File.ReadAllBytes(FaceApiPackage.DemoPhoto("sample1.jpg"));

    /// <summary>The region around sample1's face number <paramref name="face"/> (best first).</summary>
    public static RgbImage Region(int face) => Pictures.Around(Sample1.Value.Photo, Sample1.Value.Faces[face].Detection);

    public static byte[] RegionPng(int face) => PngEncoder.Encode(Region(face));

    private static readonly Lazy<byte[]> TurnedRight = new(() => PngEncoder.Encode(Region(Turning)));
    private static readonly Lazy<byte[]> TurnedLeft = new(() => PngEncoder.Encode(Pictures.Mirror(Region(Turning))));

    /// <summary>The frame of a head turned to the person's right (their own side), encoded once per test run.</summary>
    public static byte[] TurnedRightPng => TurnedRight.Value;

    /// <summary>The frame of a head turned to the person's left.</summary>
    public static byte[] TurnedLeftPng => TurnedLeft.Value;

    /// <summary>Frames performing a prompt identity issues ("turn_left_then_right", "turn_right_then_left").</summary>
    public static byte[][] Performing(string prompt) => prompt switch
    {
        "turn_left_then_right" => [TurnedLeftPng, TurnedRightPng],
        "turn_right_then_left" => [TurnedRightPng, TurnedLeftPng],
        _ => throw new ArgumentException($"no frames for prompt '{prompt}'", nameof(prompt)),
    };
}
