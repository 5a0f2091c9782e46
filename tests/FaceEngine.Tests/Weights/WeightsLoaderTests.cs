using System.Buffers.Binary;
using Platform.Identity.FaceEngine.Weights;

namespace FaceEngine.Tests.Weights;

public sealed class WeightsLoaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("face-engine-weights-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Float32_weights_spanning_two_shards_load_by_name_and_shape()
    {
        var filters = Enumerable.Range(0, 3 * 3 * 2 * 4).Select(i => (i * 0.25f) - 7).ToArray();
        float[] bias = [1.5f, -2.25f, 3e-8f, float.MaxValue];
        var bytes = Floats([.. filters, .. bias]);
        // The split falls inside 'conv/filters', as TF.js's fixed-size shards often do.
        File.WriteAllBytes(Path.Combine(_directory, "m-shard1"), bytes[..100]);
        File.WriteAllBytes(Path.Combine(_directory, "m-shard2"), bytes[100..]);
        var manifest = Write("m-weights_manifest.json", """
            [{"paths":["m-shard1","m-shard2"],"weights":[
              {"name":"conv/filters","shape":[3,3,2,4],"dtype":"float32"},
              {"name":"conv/bias","shape":[4],"dtype":"float32"}]}]
            """);

        var weights = WeightsLoader.LoadFile(manifest);

        Assert.Equal(2, weights.Count);
        Assert.Equal(filters, weights.Get("conv/filters", 3, 3, 2, 4).Data);
        Assert.Equal(bias, weights.Get("conv/bias").Data);
    }

    [Fact]
    public void Quantized_weights_are_q_times_scale_plus_min()
    {
        var shard = new byte[4 + (3 * 2) + (2 * 2) + 4 + 4];
        shard[0] = 0; shard[1] = 1; shard[2] = 128; shard[3] = 255;
        BinaryPrimitives.WriteUInt16LittleEndian(shard.AsSpan(4), 0);
        BinaryPrimitives.WriteUInt16LittleEndian(shard.AsSpan(6), 1000);
        BinaryPrimitives.WriteUInt16LittleEndian(shard.AsSpan(8), 65535);
        BinaryPrimitives.WriteHalfLittleEndian(shard.AsSpan(10), (Half)0.5);
        BinaryPrimitives.WriteHalfLittleEndian(shard.AsSpan(12), (Half)(-3.25));
        BinaryPrimitives.WriteInt32LittleEndian(shard.AsSpan(14), -42);
        shard[18] = 3; shard[19] = 7; shard[20] = 0; shard[21] = 9;
        File.WriteAllBytes(Path.Combine(_directory, "q.bin"), shard);
        var manifest = Write("model.json", """
            {"modelTopology":{},"weightsManifest":[{"paths":["q.bin"],"weights":[
              {"name":"a","shape":[2,2],"dtype":"float32","quantization":{"dtype":"uint8","scale":0.01,"min":-1.2}},
              {"name":"b","shape":[3],"dtype":"float32","quantization":{"dtype":"uint16","scale":0.0005,"min":-2}},
              {"name":"c","shape":[2],"dtype":"float32","quantization":{"dtype":"float16"}},
              {"name":"d","shape":[],"dtype":"int32"},
              {"name":"e","shape":[4],"dtype":"int32","quantization":{"dtype":"uint8","scale":0.5,"min":1}}]}]}
            """);

        var weights = WeightsLoader.LoadFile(manifest);

        Assert.Equal([(float)-1.2, (float)(0.01 - 1.2), (float)((128 * 0.01) - 1.2), (float)((255 * 0.01) - 1.2)], weights.Get("a", 2, 2).Data);
        Assert.Equal([-2f, (float)((1000 * 0.0005) - 2), (float)((65535 * 0.0005) - 2)], weights.Get("b").Data);
        Assert.Equal([0.5f, -3.25f], weights.Get("c").Data);
        Assert.Equal([-42f], weights.Get("d").Data);
        Assert.Empty(weights.Get("d").Shape);
        Assert.Equal([3f, 5f, 1f, 6f], weights.Get("e").Data); // 2.5, 4.5, 1, 5.5 rounded halves up, like Math.round
    }

    [Fact]
    public void Short_shards_are_refused()
    {
        File.WriteAllBytes(Path.Combine(_directory, "s.bin"), new byte[15]);
        var manifest = Write("s.json", """[{"paths":["s.bin"],"weights":[{"name":"w","shape":[4],"dtype":"float32"}]}]""");
        var e = Assert.Throws<WeightsFormatException>(() => WeightsLoader.LoadFile(manifest));
        Assert.Contains("hold 15 bytes, but their weights need 16", e.Message);
    }

    [Fact]
    public void Long_shards_are_refused()
    {
        File.WriteAllBytes(Path.Combine(_directory, "l.bin"), new byte[17]);
        var manifest = Write("l.json", """[{"paths":["l.bin"],"weights":[{"name":"w","shape":[4],"dtype":"float32"}]}]""");
        Assert.Throws<WeightsFormatException>(() => WeightsLoader.LoadFile(manifest));
    }

    [Theory]
    [InlineData("""[{"paths":["../outside.bin"],"weights":[{"name":"w","shape":[1],"dtype":"float32"}]}]""", "leaves the manifest's directory")]
    [InlineData("""[{"paths":["missing.bin"],"weights":[{"name":"w","shape":[1],"dtype":"float32"}]}]""", "cannot open shard")]
    [InlineData("""[{"paths":["x.bin"],"weights":[{"name":"w","shape":[1],"dtype":"string"}]}]""", "dtype string")]
    [InlineData("""[{"paths":["x.bin"],"weights":[{"name":"w","shape":[1],"dtype":"float32","quantization":{"dtype":"uint8"}}]}]""", "without scale and min")]
    [InlineData("""[{"paths":["x.bin"],"weights":[{"name":"w","shape":[1],"dtype":"float32","quantization":{"dtype":"int4","scale":1,"min":0}}]}]""", "unsupported quantization")]
    [InlineData("""[{"paths":["x.bin"],"weights":[{"name":"w","shape":[65536,65536],"dtype":"float32"}]}]""", "more values than can be loaded")]
    [InlineData("""[{"paths":["x.bin"],"weights":[{"name":"w","shape":[1],"dtype":"float32"},{"name":"w","shape":[0],"dtype":"float32"}]}]""", "appears twice")]
    [InlineData("""{"format":"layers-model"}""", "no \"weightsManifest\"")]
    [InlineData("""[{"paths":["x.bin"],""", "not valid JSON")]
    public void Bad_manifests_are_refused_with_a_reason(string json, string reason)
    {
        File.WriteAllBytes(Path.Combine(_directory, "x.bin"), new byte[4]);
        var manifest = Write("bad.json", json);
        var e = Assert.Throws<WeightsFormatException>(() => WeightsLoader.LoadFile(manifest));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Missing_weights_and_wrong_shapes_are_named()
    {
        var weights = WeightsLoader.Load("""[{"paths":["x"],"weights":[{"name":"w","shape":[2,2],"dtype":"float32"}]}]""", _ => new MemoryStream(new byte[16]));
        Assert.Contains("'v' is not in the manifest", Assert.Throws<WeightsFormatException>(() => weights.Get("v")).Message);
        Assert.Contains("shape [2,2], expected [4]", Assert.Throws<WeightsFormatException>(() => weights.Get("w", 4)).Message);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static byte[] Floats(float[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }
}
