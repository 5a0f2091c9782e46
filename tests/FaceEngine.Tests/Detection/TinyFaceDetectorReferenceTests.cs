using FaceEngine.Tests.Reference;
using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Tensors;

namespace FaceEngine.Tests.Detection;

/// <summary>Our tiny face detector beside face-api's, built from TF.js CPU kernels (tiny-detector-reference.js), on the same weights and input.</summary>
public class TinyFaceDetectorReferenceTests
{
    private const float LayerTolerance = 1e-4f;
    private const double BoxTolerance = 2.0;

    private static readonly string[] LayerNames =
        ["input", "conv0", "pool0", "conv1", "pool1", "conv2", "pool2", "conv3", "pool3", "conv4", "pool4", "conv5", "pool5", "conv8"];

    private static readonly string Manifest = ReferenceRun.Model("tiny_face_detector_model");

    private static readonly Lazy<TinyFaceDetector> Detector = new(() => TinyFaceDetector.LoadFile(Manifest));

    [Fact]
    public void Every_layer_agrees_with_TFjs_on_a_random_input()
    {
        var input = DetectorInputs.Random(TinyFaceDetector.DefaultInputSize, seed: 6);
        var reference = Run(input, TinyFaceDetector.DefaultScoreThreshold);

        var ours = new Dictionary<string, FeatureMap>();
        Detector.Value.Forward(input, (name, map) => ours[name] = map);

        LayerComparison.AssertAllClose(reference.Layers, ours, LayerNames, LayerTolerance);
    }

    [Theory]
    [InlineData("sample1.jpg")]
    [InlineData("sample6.jpg")]
    public void Faces_in_a_demo_photo_match_TFjs_boxes_and_scores(string photo)
    {
        var image = ImageDecoder.Decode(File.ReadAllBytes(Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "demo", photo)));
        var input = DetectorInputs.FromImage(image, TinyFaceDetector.DefaultInputSize);
        var reference = Run(input, TinyFaceDetector.DefaultScoreThreshold).Json.GetProperty("boxes").EnumerateArray().ToList();

        var faces = Detector.Value.Detect(input);

        Assert.NotEmpty(reference);
        Assert.Equal(reference.Count, faces.Count);
        for (var i = 0; i < faces.Count; i++)
        {
            var (want, got) = (reference[i], faces[i]);
            foreach (var (name, ours) in new[] { ("x", got.X), ("y", got.Y), ("width", got.Width), ("height", got.Height) })
            {
                Assert.True(Math.Abs(want.GetProperty(name).GetDouble() - ours) <= BoxTolerance, $"face {i} {name}: TF.js {want}, ours {got}");
            }

            Assert.True(Math.Abs(want.GetProperty("score").GetDouble() - got.Score) <= 1e-4, $"face {i}: TF.js {want}, ours {got}");
        }
    }

    private static ReferenceRun Run(FeatureMap input, double scoreThreshold) =>
        ReferenceRun.Start("tiny-detector-reference.js", Manifest, input, input.Width, scoreThreshold);
}
