using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Tensors;

namespace FaceEngine.Tests.Detection;

/// <summary>Our tiny face detector beside face-api's, built from TF.js CPU kernels, on the same weights and input tensor.</summary>
public class TinyFaceDetectorReferenceTests
{
    private const float LayerTolerance = 1e-4f;
    private const double BoxTolerance = 2.0;

    private static readonly string[] LayerNames =
        ["input", "conv0", "pool0", "conv1", "pool1", "conv2", "pool2", "conv3", "pool3", "conv4", "pool4", "conv5", "pool5", "conv8"];

    private static readonly Lazy<TinyFaceDetector> Detector = new(() => TinyFaceDetector.LoadFile(TinyDetectorReference.Manifest));

    [Fact]
    public void Every_layer_agrees_with_TFjs_on_a_random_input()
    {
        var input = DetectorInputs.Random(TinyFaceDetector.DefaultInputSize, seed: 6);
        var reference = TinyDetectorReference.Run(input, scoreThreshold: 0.5);

        var ours = new Dictionary<string, FeatureMap>();
        Detector.Value.Forward(input, (name, map) => ours[name] = map);

        Assert.Equal(LayerNames, reference.Layers.Select(layer => layer.Name));
        Assert.Equal(LayerNames, ours.Keys);
        var differences = reference.Layers.Select(layer => (layer.Name, Worst: LargestDifference(layer, ours[layer.Name]))).ToList();
        if (differences.Any(d => !(d.Worst <= LayerTolerance)))
        {
            Assert.Fail("largest difference per layer: " + string.Join(", ", differences.Select(d => $"{d.Name} {d.Worst:G3}")));
        }
    }

    [Theory]
    [InlineData("sample1.jpg")]
    [InlineData("sample6.jpg")]
    public void Faces_in_a_demo_photo_match_TFjs_boxes_and_scores(string photo)
    {
        var image = ImageDecoder.Decode(File.ReadAllBytes(Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "demo", photo)));
        var input = DetectorInputs.FromImage(image, TinyFaceDetector.DefaultInputSize);
        var reference = TinyDetectorReference.Run(input, TinyFaceDetector.DefaultScoreThreshold);

        var faces = Detector.Value.Detect(input);

        Assert.NotEmpty(reference.Boxes);
        Assert.Equal(reference.Boxes.Count, faces.Count);
        for (var i = 0; i < faces.Count; i++)
        {
            var (want, got) = (reference.Boxes[i], faces[i]);
            Assert.True(
                Math.Abs(want.X - got.X) <= BoxTolerance && Math.Abs(want.Y - got.Y) <= BoxTolerance
                    && Math.Abs(want.Width - got.Width) <= BoxTolerance && Math.Abs(want.Height - got.Height) <= BoxTolerance,
                $"face {i}: TF.js {want}, ours {got}");
            Assert.True(Math.Abs(want.Score - got.Score) <= 1e-4, $"face {i}: TF.js score {want.Score}, ours {got.Score}");
        }
    }

    private static float LargestDifference(TinyDetectorReference.ReferenceLayer expected, FeatureMap actual)
    {
        Assert.Equal(expected.Shape, new[] { actual.Height, actual.Width, actual.Channels });
        var worst = 0f;
        for (var i = 0; i < expected.Values.Length; i++)
        {
            var difference = Math.Abs(expected.Values[i] - actual.Data[i]);
            if (difference > worst || float.IsNaN(difference))
            {
                worst = difference;
            }
        }

        return worst;
    }
}
