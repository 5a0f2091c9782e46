using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Platform.Identity.FaceEngine.Tensors;

namespace FaceEngine.Tests.Reference;

/// <summary>
/// A reference script run on one input tensor: it reads INPUT.f32 and writes OUT.json ({"layers":[{name, shape}], …})
/// and OUT.f32 (every layer's values, concatenated).
/// </summary>
public sealed class ReferenceRun
{
    private ReferenceRun(IReadOnlyList<ReferenceLayer> layers, JsonElement json)
    {
        Layers = layers;
        Json = json;
    }

    public IReadOnlyList<ReferenceLayer> Layers { get; }

    /// <summary>The whole OUT.json, for what the script reports beside the layers.</summary>
    public JsonElement Json { get; }

    public static string Model(string name) => Path.Combine(NodeScripts.Package("@vladmandic/face-api"), "model", $"{name}-weights_manifest.json");

    /// <summary>Runs `node SCRIPT MANIFEST INPUT.f32 ARGUMENTS… OUT` on the tensor's values.</summary>
    public static ReferenceRun Start(string script, string manifest, FeatureMap input, params object[] arguments)
    {
        using var files = new TemporaryDirectory();
        File.WriteAllBytes(files.Path("input.f32"), MemoryMarshal.AsBytes(input.Data.AsSpan()).ToArray());
        return Start(script, manifest, files.Path("input.f32"), arguments);
    }

    /// <summary>Runs `node SCRIPT MANIFEST INPUT ARGUMENTS… OUT` on an input file the script reads itself.</summary>
    public static ReferenceRun Start(string script, string manifest, string inputFile, params object[] arguments)
    {
        NodeScripts.Package("@tensorflow/tfjs-backend-cpu");
        using var files = new TemporaryDirectory();
        var commandLine = new List<string> { manifest, inputFile };
        commandLine.AddRange(arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? ""));
        commandLine.Add(files.Path("reference"));
        NodeScripts.Run(script, [.. commandLine]);

        using var document = JsonDocument.Parse(File.ReadAllText(files.Path("reference.json")));
        var json = document.RootElement.Clone();
        var values = MemoryMarshal.Cast<byte, float>(File.ReadAllBytes(files.Path("reference.f32")).AsSpan());
        var layers = new List<ReferenceLayer>();
        var offset = 0;
        foreach (var layer in json.GetProperty("layers").EnumerateArray())
        {
            var shape = layer.GetProperty("shape").EnumerateArray().Select(d => d.GetInt32()).ToArray();
            var count = shape.Aggregate(1, (product, dimension) => product * dimension);
            layers.Add(new ReferenceLayer(layer.GetProperty("name").GetString()!, shape, values.Slice(offset, count).ToArray()));
            offset += count;
        }

        return offset == values.Length
            ? new ReferenceRun(layers, json)
            : throw new InvalidOperationException($"{script} wrote {values.Length} values, its layers hold {offset}");
    }
}
