using FaceEngine.Tests.Imaging;
using FaceEngine.Tests.Reference;
using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Landmarks;
using Platform.Identity.FaceEngine.Recognition;
using Platform.Identity.FaceEngine.Tensors;

namespace FaceEngine.Tests.Recognition;

/// <summary>Our recognition net beside face-api's, built from TF.js CPU kernels (recognition-reference.js), on the same weights and input.</summary>
public class FaceRecognitionNetReferenceTests
{
    private const float LayerTolerance = 1e-4f;

    private static readonly string[] LayerNames =
    [
        "input", "conv32_down", "pool", "conv32_1", "conv32_2", "conv32_3", "conv64_down", "conv64_1", "conv64_2", "conv64_3",
        "conv128_down", "conv128_1", "conv128_2", "conv256_down", "conv256_1", "conv256_2", "conv256_down_out", "mean", "fc",
    ];

    private static readonly string Manifest = ReferenceRun.Model("face_recognition_model");

    private static readonly Lazy<FaceRecognitionNet> Net = new(() => FaceRecognitionNet.LoadFile(Manifest));

    [Fact]
    public void Every_layer_and_the_descriptor_agree_with_TFjs_on_a_random_input()
    {
        var input = RandomInputs.Square(FaceRecognitionNet.InputSize, seed: 128);
        var reference = ReferenceRun.Start("recognition-reference.js", Manifest, input);
        var ours = new Dictionary<string, FeatureMap>();
        Net.Value.Forward(input, (name, map) => ours[name] = map);
        LayerComparison.AssertAllClose(reference.Layers, ours, LayerNames, LayerTolerance);
    }

    [Fact]
    public void A_face_from_a_demo_photo_gets_the_crop_layers_and_descriptor_TFjs_gives()
    {
        var file = Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "demo", "sample1.jpg");
        var (width, height, rgb) = JpegReference.Decode(File.ReadAllBytes(file));
        var image = new RgbImage(width, height, rgb);
        var face = TinyFaceDetector.LoadFile(ReferenceRun.Model("tiny_face_detector_model")).Detect(image)[0];
        var reference = ReferenceRun.Start("recognition-reference.js", Manifest, file, face.X, face.Y, face.Width, face.Height);

        var crop = FaceCrop.From(image, face, FaceRecognitionNet.InputSize)!;
        var ours = new Dictionary<string, FeatureMap> { ["resized"] = crop.Input };
        var descriptor = Net.Value.Forward(crop.Input, (name, map) => ours[name] = map);

        LayerComparison.AssertAllClose(reference.Layers, ours, ["resized", .. LayerNames], LayerTolerance);
        Assert.Equal(FaceDescriptor.Length, descriptor.Length);
        Assert.All(descriptor, value => Assert.True(float.IsFinite(value)));
    }
}
