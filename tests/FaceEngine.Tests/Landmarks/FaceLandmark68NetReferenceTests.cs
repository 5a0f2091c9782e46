using FaceEngine.Tests.Detection;
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
        AssertLayersMatch(DetectorInputs.Random(FaceLandmark68Net.InputSize, seed: 68));
    }

    [Fact]
    public void Every_layer_agrees_with_TFjs_on_a_face_found_by_the_detector()
    {
        var image = ImageDecoder.Decode(File.ReadAllBytes(Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "demo", "sample1.jpg")));
        var square = DetectorInputs.FromImage(image, TinyFaceDetector.DefaultInputSize);
        var face = TinyFaceDetector.LoadFile(ReferenceRun.Model("tiny_face_detector_model")).Detect(square)[0];
        var crop = Crop(square, face, FaceLandmark68Net.InputSize);

        AssertLayersMatch(crop);

        // A plausible face: the nose tip (point 30) lies between the eyes' outer corners (36 and 45) and above the chin (8).
        var points = Net.Value.Detect(crop).Points;
        Assert.InRange(points[30].X, points[36].X, points[45].X);
        Assert.True(points[30].Y < points[8].Y, $"nose {points[30]} is not above chin {points[8]}");
    }

    private static void AssertLayersMatch(FeatureMap input)
    {
        var reference = ReferenceRun.Start("landmark-reference.js", Manifest, input);
        var ours = new Dictionary<string, FeatureMap>();
        Net.Value.Forward(input, (name, map) => ours[name] = map);
        LayerComparison.AssertAllClose(reference.Layers, ours, LayerNames, LayerTolerance);
    }

    /// <summary>The box's pixels, nearest-sampled to size × size.</summary>
    private static FeatureMap Crop(FeatureMap image, FaceDetection box, int size)
    {
        var crop = new FeatureMap(size, size, 3);
        for (var y = 0; y < size; y++)
        {
            var sy = Math.Clamp((int)(box.Y + ((y + 0.5) * box.Height / size)), 0, image.Height - 1);
            for (var x = 0; x < size; x++)
            {
                var sx = Math.Clamp((int)(box.X + ((x + 0.5) * box.Width / size)), 0, image.Width - 1);
                image.Pixel(sy, sx).CopyTo(crop.Pixel(y, x));
            }
        }

        return crop;
    }
}
