using System.Buffers.Binary;
using System.Text.Json;
using Platform.Identity.FaceEngine.Weights;

namespace FaceEngine.Tests.Weights;

/// <summary>The published face-api weights (npm @vladmandic/face-api, pinned in package.json), read by us and by TF.js.</summary>
public class FaceApiModelTests
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    [Theory]
    [InlineData("tiny_face_detector_model", 19)]
    [InlineData("face_landmark_68_model", 49)]
    [InlineData("face_recognition_model", 117)]
    public void Every_weight_matches_what_TFjs_decodes_bit_for_bit(string model, int weightCount)
    {
        var manifest = Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "model", $"{model}-weights_manifest.json");
        NodeScripts.Package("@tensorflow/tfjs-core");
        using var files = new TemporaryDirectory();
        NodeScripts.Run("weights-reference.js", manifest, files.Path("reference"));
        var reference = JsonSerializer.Deserialize<ReferenceWeight[]>(File.ReadAllText(files.Path("reference.json")), JsonOptions)!;
        var values = File.ReadAllBytes(files.Path("reference.f32"));

        var weights = WeightsLoader.LoadFile(manifest);

        Assert.Equal(weightCount, weights.Count);
        Assert.Equal(reference.Length, weights.Count);
        var offset = 0;
        foreach (var expected in reference)
        {
            var tensor = weights.Get(expected.Name, expected.Shape);
            Assert.Equal(expected.Count, tensor.Data.Length);
            for (var i = 0; i < tensor.Data.Length; i++, offset += 4)
            {
                var want = BinaryPrimitives.ReadSingleLittleEndian(values.AsSpan(offset));
                if (BitConverter.SingleToInt32Bits(want) != BitConverter.SingleToInt32Bits(tensor.Data[i]))
                {
                    Assert.Fail($"{expected.Name}[{i}]: TF.js {want:R}, ours {tensor.Data[i]:R}");
                }
            }
        }

        Assert.Equal(values.Length, offset);
    }

    [Fact]
    public void The_detector_has_the_layers_the_network_will_need()
    {
        var weights = WeightsLoader.LoadFile(Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "model", "tiny_face_detector_model-weights_manifest.json"));
        Assert.Equal([3, 3, 3, 16], weights.Get("conv0/filters").Shape);
        Assert.Equal([16], weights.Get("conv0/bias").Shape);
        Assert.Equal([3, 3, 16, 1], weights.Get("conv1/depthwise_filter").Shape);
    }

    private sealed record ReferenceWeight(string Name, int[] Shape, int Count);
}
