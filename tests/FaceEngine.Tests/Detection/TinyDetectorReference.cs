using System.Runtime.InteropServices;
using System.Text.Json;
using Platform.Identity.FaceEngine.Tensors;

namespace FaceEngine.Tests.Detection;

/// <summary>face-api's tiny face detector run by TF.js on the CPU backend (tiny-detector-reference.js) on a given input.</summary>
public sealed class TinyDetectorReference
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private TinyDetectorReference(IReadOnlyList<ReferenceLayer> layers, IReadOnlyList<ReferenceBox> boxes)
    {
        Layers = layers;
        Boxes = boxes;
    }

    public static string Manifest => Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "model", "tiny_face_detector_model-weights_manifest.json");

    public IReadOnlyList<ReferenceLayer> Layers { get; }

    public IReadOnlyList<ReferenceBox> Boxes { get; }

    public static TinyDetectorReference Run(FeatureMap input, double scoreThreshold)
    {
        NodeScripts.Package("@tensorflow/tfjs-backend-cpu");
        using var files = new TemporaryDirectory();
        File.WriteAllBytes(files.Path("input.f32"), MemoryMarshal.AsBytes(input.Data.AsSpan()).ToArray());
        NodeScripts.Run(
            "tiny-detector-reference.js",
            Manifest,
            files.Path("input.f32"),
            input.Width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            scoreThreshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            files.Path("reference"));

        var output = JsonSerializer.Deserialize<ReferenceOutput>(File.ReadAllText(files.Path("reference.json")), JsonOptions)!;
        var values = MemoryMarshal.Cast<byte, float>(File.ReadAllBytes(files.Path("reference.f32")).AsSpan());
        var layers = new List<ReferenceLayer>();
        var offset = 0;
        foreach (var layer in output.Layers)
        {
            var count = layer.Shape.Aggregate(1, (product, dimension) => product * dimension);
            layers.Add(new ReferenceLayer(layer.Name, layer.Shape, values.Slice(offset, count).ToArray()));
            offset += count;
        }

        if (offset != values.Length)
        {
            throw new InvalidOperationException($"reference wrote {values.Length} values, its layers hold {offset}");
        }

        return new TinyDetectorReference(layers, output.Boxes);
    }

    public sealed record ReferenceLayer(string Name, int[] Shape, float[] Values);

    public sealed record ReferenceBox(double X, double Y, double Width, double Height, double Score);

    private sealed record LayerEntry(string Name, int[] Shape);

    private sealed record ReferenceOutput(LayerEntry[] Layers, ReferenceBox[] Boxes);
}
