using System.Numerics;
using System.Runtime.InteropServices;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>
/// sum[o] += Σ_i x[i] × w[i, o] for a row-major [inputs, outputs] matrix: the inner step of every convolution here.
/// Up to four vectors of outputs stay in registers across the whole input loop, instead of a pass over memory per input.
/// </summary>
internal static class MatrixKernel
{
    public static void Accumulate(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> sum)
    {
        var outputs = sum.Length;
        if (w.Length != x.Length * outputs)
        {
            throw new ArgumentException($"a {x.Length}x{outputs} matrix needs {x.Length * outputs} weights, got {w.Length}", nameof(w));
        }

        var width = Vector<float>.Count;
        ref var weights = ref MemoryMarshal.GetReference(w);
        ref var target = ref MemoryMarshal.GetReference(sum);
        var o = 0;
        for (; o + (4 * width) <= outputs; o += 4 * width)
        {
            var a0 = Vector.LoadUnsafe(ref target, (nuint)o);
            var a1 = Vector.LoadUnsafe(ref target, (nuint)(o + width));
            var a2 = Vector.LoadUnsafe(ref target, (nuint)(o + (2 * width)));
            var a3 = Vector.LoadUnsafe(ref target, (nuint)(o + (3 * width)));
            for (var i = 0; i < x.Length; i++)
            {
                var scale = new Vector<float>(x[i]);
                var row = (nuint)((i * outputs) + o);
                a0 += scale * Vector.LoadUnsafe(ref weights, row);
                a1 += scale * Vector.LoadUnsafe(ref weights, row + (nuint)width);
                a2 += scale * Vector.LoadUnsafe(ref weights, row + (nuint)(2 * width));
                a3 += scale * Vector.LoadUnsafe(ref weights, row + (nuint)(3 * width));
            }

            a0.StoreUnsafe(ref target, (nuint)o);
            a1.StoreUnsafe(ref target, (nuint)(o + width));
            a2.StoreUnsafe(ref target, (nuint)(o + (2 * width)));
            a3.StoreUnsafe(ref target, (nuint)(o + (3 * width)));
        }

        for (; o + (2 * width) <= outputs; o += 2 * width)
        {
            var a0 = Vector.LoadUnsafe(ref target, (nuint)o);
            var a1 = Vector.LoadUnsafe(ref target, (nuint)(o + width));
            for (var i = 0; i < x.Length; i++)
            {
                var scale = new Vector<float>(x[i]);
                var row = (nuint)((i * outputs) + o);
                a0 += scale * Vector.LoadUnsafe(ref weights, row);
                a1 += scale * Vector.LoadUnsafe(ref weights, row + (nuint)width);
            }

            a0.StoreUnsafe(ref target, (nuint)o);
            a1.StoreUnsafe(ref target, (nuint)(o + width));
        }

        for (; o + width <= outputs; o += width)
        {
            var a = Vector.LoadUnsafe(ref target, (nuint)o);
            for (var i = 0; i < x.Length; i++)
            {
                a += new Vector<float>(x[i]) * Vector.LoadUnsafe(ref weights, (nuint)((i * outputs) + o));
            }

            a.StoreUnsafe(ref target, (nuint)o);
        }

        for (; o < outputs; o++)
        {
            var a = sum[o];
            for (var i = 0; i < x.Length; i++)
            {
                a += x[i] * w[(i * outputs) + o];
            }

            sum[o] = a;
        }
    }
}
