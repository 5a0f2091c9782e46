using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>ReLU of the sum, in one pass: the same values as <see cref="ReluInPlace"/> of <see cref="Add"/>.</summary>
    public static FeatureMap AddRelu(FeatureMap left, FeatureMap right)
    {
        if (left.Height != right.Height || left.Width != right.Width || left.Channels != right.Channels)
        {
            throw new ArgumentException($"cannot add {left} and {right}", nameof(right));
        }

        var sum = MapPool.Rent(left.Height, left.Width, left.Channels);
        ref var a = ref MemoryMarshal.GetArrayDataReference(left.Data);
        ref var b = ref MemoryMarshal.GetArrayDataReference(right.Data);
        ref var target = ref MemoryMarshal.GetArrayDataReference(sum.Data);
        var length = (nuint)sum.Data.Length;
        nuint i = 0;
        for (; i + (nuint)Vector<float>.Count <= length; i += (nuint)Vector<float>.Count)
        {
            Vector.Max(Vector.LoadUnsafe(ref a, i) + Vector.LoadUnsafe(ref b, i), Vector<float>.Zero).StoreUnsafe(ref target, i);
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref target, i) = MathF.Max(Unsafe.Add(ref a, i) + Unsafe.Add(ref b, i), 0f);
        }

        return sum;
    }

    public static FeatureMap ReluInPlace(FeatureMap map)
    {
        TensorPrimitives.Max(map.Data, 0f, map.Data);
        return map;
    }
}
