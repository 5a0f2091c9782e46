using FaceEngine.Tests.Imaging;
using FaceEngine.Tests.Reference;
using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Landmarks;
using Platform.Identity.FaceEngine.Tensors;

namespace FaceEngine.Tests.Landmarks;

/// <summary>Our 68-point landmark net beside face-api's, built from TF.js CPU kernels (landmark-reference.js), on the same weights and input.</summary>
public class FaceLandmark68NetReferenceTests
{
    private const float LayerTolerance = 1e-4f;

    private static readonly string[] LayerNames = ["input", "dense0", "dense1", "dense2", "dense3", "pool", "fc"];

    private static readonly string Manifest = ReferenceRun.Model("face_landmark_68_model");

    private static readonly Lazy<FaceLandmark68Net> Net = new(() => FaceLandmark68Net.LoadFile(Manifest));

    [Fact]
    public void Every_layer_agrees_with_TFjs_on_a_random_input()
    {
        AssertLayersMatch(RandomInputs.Square(FaceLandmark68Net.InputSize, seed: 68));
    }

    [Theory]
    [InlineData("sample1.jpg")]
    [InlineData("sample6.jpg")]
    public void The_best_face_in_a_demo_photo_gets_the_crop_layers_and_landmarks_TFjs_gives(string photo)
    {
        var file = Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "demo", photo);
        var (width, height, rgb) = JpegReference.Decode(File.ReadAllBytes(file));
        var image = new RgbImage(width, height, rgb);

        // The box only has to be the same for both: ours, which the detector tests hold to TF.js's.
        var face = TinyFaceDetector.LoadFile(ReferenceRun.Model("tiny_face_detector_model")).Detect(image)[0];
        var reference = ReferenceRun.Start("landmark-reference.js", Manifest, file, face.X, face.Y, face.Width, face.Height);

        var crop = FaceCrop.From(image, face, FaceLandmark68Net.InputSize)!;
        var ours = new Dictionary<string, FeatureMap> { ["resized"] = crop.Input };
        Net.Value.Forward(crop.Input, (name, map) => ours[name] = map);
        var points = Net.Value.Detect(image, face)!.Points;

        LayerComparison.AssertAllClose(reference.Layers, ours, ["resized", .. LayerNames], LayerTolerance);
        var expected = reference.Json.GetProperty("points").EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
        Assert.Equal(FaceLandmarks68.PointCount, expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i].X - points[i].X) <= 0.01 && Math.Abs(expected[i].Y - points[i].Y) <= 0.01, $"point {i}: TF.js {expected[i]}, ours {points[i]}");
        }

        // A plausible face: the nose tip (30) between the eyes' outer corners (36, 45) and above the chin (8), all in the box.
        Assert.InRange(points[30].X, points[36].X, points[45].X);
        Assert.True(points[30].Y < points[8].Y, $"nose {points[30]} is not above chin {points[8]}");
        Assert.InRange(points[30].X, face.X, face.Right);
        Assert.InRange(points[30].Y, face.Y, face.Bottom);
    }

    private static void AssertLayersMatch(FeatureMap input)
    {
        var reference = ReferenceRun.Start("landmark-reference.js", Manifest, input);
        var ours = new Dictionary<string, FeatureMap>();
        Net.Value.Forward(input, (name, map) => ours[name] = map);
        LayerComparison.AssertAllClose(reference.Layers, ours, LayerNames, LayerTolerance);
    }
}
