using FaceEngine.Tests.Reference;
using Platform.FaceEngine.Testing;
using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Pipeline;
using Platform.Identity.FaceEngine.Recognition;

namespace FaceEngine.Tests.Liveness;

/// <summary>
/// Frames cut from face-api's demo photo sample1 (our JPEG decoder): a region twice a face's box around it, so each
/// frame holds that one face, and mirror images of such regions. sample1's faces all look to the image's left
/// (negative yaw), so a region and its mirror (<see cref="Pictures"/>) make a turn one way and the other.
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
        return Pictures.Around(photo, faces[face].Detection);
    }

    /// <summary>The descriptor of sample1's face number <paramref name="face"/> in the whole photo, as an enrolment would take it.</summary>
    public static FaceDescriptor Enrolled(int face) => Sample1.Value.Faces[face].Descriptor;
}
