using System.Numerics.Tensors;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>max(x, slope × x) for 0 &lt; slope &lt; 1, in place.</summary>
public static class LeakyRelu
{
    public static FeatureMap ApplyInPlace(FeatureMap map, float slope)
    {
        var data = map.Data.AsSpan();
        const int Block = 4096;
        Span<float> buffer = stackalloc float[Block];
        for (var start = 0; start < data.Length; start += Block)
        {
            var block = data.Slice(start, Math.Min(Block, data.Length - start));
            var scaled = buffer[..block.Length];
            TensorPrimitives.Multiply(block, slope, scaled);
            TensorPrimitives.Max(block, scaled, block);
        }

        return map;
    }
}
