using System.Numerics.Tensors;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>Pixel-wise operations on feature maps of one shape.</summary>
public static class ElementWise
{
    public static FeatureMap Add(FeatureMap left, FeatureMap right)
    {
        if (left.Height != right.Height || left.Width != right.Width || left.Channels != right.Channels)
        {
            throw new ArgumentException($"cannot add {left} and {right}", nameof(right));
        }

        var sum = MapPool.Rent(left.Height, left.Width, left.Channels);
        TensorPrimitives.Add(left.Data, right.Data, sum.Data);
        return sum;
    }

    public static FeatureMap ReluInPlace(FeatureMap map)
    {
        TensorPrimitives.Max(map.Data, 0f, map.Data);
        return map;
    }
}
