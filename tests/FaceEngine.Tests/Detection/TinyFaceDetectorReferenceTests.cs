using FaceEngine.Tests.Imaging;
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
        var input = RandomInputs.Square(TinyFaceDetector.DefaultInputSize, seed: 6);
        var reference = Run(input, TinyFaceDetector.DefaultScoreThreshold);

        var ours = new Dictionary<string, FeatureMap>();
        Detector.Value.Forward(input, (name, map) => ours[name] = map);

        LayerComparison.AssertAllClose(reference.Layers, ours, LayerNames, LayerTolerance);
    }

    [Theory]
    [InlineData("sample1.jpg")]
    [InlineData("sample6.jpg")]
    public void A_demo_photo_decoded_by_jpeg_js_goes_through_resize_layers_and_boxes_as_in_TFjs(string photo)
    {
        var file = DemoPhoto(photo);
        var reference = ReferenceRun.Start("tiny-detector-reference.js", Manifest, file, TinyFaceDetector.DefaultInputSize, TinyFaceDetector.DefaultScoreThreshold);
        var (width, height, rgb) = JpegReference.Decode(File.ReadAllBytes(file));
        var image = new RgbImage(width, height, rgb);

        var ours = new Dictionary<string, FeatureMap> { ["resized"] = SquareInput.FromImage(image, TinyFaceDetector.DefaultInputSize) };
        Detector.Value.Forward(ours["resized"], (name, map) => ours[name] = map);
        var faces = Detector.Value.Detect(image);

        LayerComparison.AssertAllClose(reference.Layers, ours, ["resized", .. LayerNames], LayerTolerance);
        AssertSameFaces(ReferenceBoxes(reference), faces, BoxTolerance, scoreTolerance: 1e-4);
    }

    [Theory]
    [InlineData("sample2.jpg")]
    [InlineData("sample4.jpg")]
    public void A_demo_photo_decoded_by_our_JPEG_decoder_gives_the_faces_TFjs_finds_in_jpeg_js_pixels(string photo)
    {
        var file = DemoPhoto(photo);
        var reference = ReferenceRun.Start("tiny-detector-reference.js", Manifest, file, TinyFaceDetector.DefaultInputSize, TinyFaceDetector.DefaultScoreThreshold);

        var faces = Detector.Value.Detect(ImageDecoder.Decode(File.ReadAllBytes(file)));

        // Our decoder's pixels differ from jpeg-js's by a few levels (chroma upsampling, rounding), which moves the
        // scores by a few thousandths; the boxes stay within the 2 px the issue asks for.
        AssertSameFaces(ReferenceBoxes(reference), faces, BoxTolerance, scoreTolerance: 0.01);
    }

    private static string DemoPhoto(string name) => Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "demo", name);

    private static List<FaceDetection> ReferenceBoxes(ReferenceRun reference) =>
        reference.Json.GetProperty("boxes").EnumerateArray()
            .Select(b => new FaceDetection(b.GetProperty("x").GetDouble(), b.GetProperty("y").GetDouble(), b.GetProperty("width").GetDouble(), b.GetProperty("height").GetDouble(), b.GetProperty("score").GetDouble()))
            .ToList();

    private static void AssertSameFaces(IReadOnlyList<FaceDetection> expected, IReadOnlyList<FaceDetection> actual, double boxTolerance, double scoreTolerance)
    {
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (want, got) = (expected[i], actual[i]);
            var close = Math.Abs(want.X - got.X) <= boxTolerance && Math.Abs(want.Y - got.Y) <= boxTolerance
                && Math.Abs(want.Width - got.Width) <= boxTolerance && Math.Abs(want.Height - got.Height) <= boxTolerance
                && Math.Abs(want.Score - got.Score) <= scoreTolerance;
            Assert.True(close, $"face {i}: TF.js {want}, ours {got}");
        }
    }

    private static ReferenceRun Run(FeatureMap input, double scoreThreshold) =>
        ReferenceRun.Start("tiny-detector-reference.js", Manifest, input, input.Width, scoreThreshold);
}
