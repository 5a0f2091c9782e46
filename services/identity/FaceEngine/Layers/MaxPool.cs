using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>Max pooling: 2×2 with TF's 'same' padding, or any square window with 'valid' padding.</summary>
public static class MaxPool
{
    /// <summary>'valid': only windows lying wholly inside the input.</summary>
    public static FeatureMap ApplyValid(FeatureMap input, int window, int stride)
    {
        var output = MapPool.Rent(((input.Height - window) / stride) + 1, ((input.Width - window) / stride) + 1, input.Channels);
        WorkSplit.For(output.Height, (long)output.Data.Length * window * window, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y) =>
        {
            for (var x = 0; x < output.Width; x++)
            {
                WindowMax(input, y * stride, (y * stride) + window, x * stride, (x * stride) + window, output.Pixel(y, x));
            }
        });
        return output;
    }

    /// <summary>2×2 windows, 'same': ceil(size / stride) outputs, windows cut short at the bottom and right edges.</summary>
    public static FeatureMap Apply2x2(FeatureMap input, int stride)
    {
        var output = MapPool.Rent(Ceiling(input.Height, stride), Ceiling(input.Width, stride), input.Channels);

        // 'same' pads (out - 1) × stride + 2 - size in total, the smaller half before: for a 2×2 window that is never
        // anything before, so the window at output (y, x) starts at input (y × stride, x × stride).
        WorkSplit.For(output.Height, (long)output.Data.Length * 4, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y) =>
        {
            var top = y * stride;
            var bottom = Math.Min(top + 2, input.Height);
            for (var x = 0; x < output.Width; x++)
            {
                var left = x * stride;
                var right = Math.Min(left + 2, input.Width);
                if (bottom - top == 2 && right - left == 2 && input.Channels % Vector<float>.Count == 0)
                {
                    FullWindowMax(input, top, left, output.Pixel(y, x));
                }
                else
                {
                    WindowMax(input, top, bottom, left, right, output.Pixel(y, x));
                }
            }
        });
        return output;
    }

    /// <summary>A whole 2×2 window from (top, left), channels a whole number of vectors: four loads and three maxima a vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FullWindowMax(FeatureMap input, int top, int left, Span<float> best)
    {
        var channels = (nuint)input.Channels;
        var row = (nuint)input.Width * channels;
        ref var source = ref MemoryMarshal.GetArrayDataReference(input.Data);
        ref var target = ref MemoryMarshal.GetReference(best);
        var first = ((nuint)top * row) + ((nuint)left * channels);
        for (nuint c = 0; c < channels; c += (nuint)Vector<float>.Count)
        {
            var upper = Vector.Max(Vector.LoadUnsafe(ref source, first + c), Vector.LoadUnsafe(ref source, first + channels + c));
            var lower = Vector.Max(Vector.LoadUnsafe(ref source, first + row + c), Vector.LoadUnsafe(ref source, first + row + channels + c));
            Vector.Max(upper, lower).StoreUnsafe(ref target, c);
        }
    }

    /// <summary>Each channel's maximum over input rows [top, bottom) × columns [left, right), a vector of channels at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WindowMax(FeatureMap input, int top, int bottom, int left, int right, Span<float> best)
    {
        var channels = input.Channels;
        ref var source = ref MemoryMarshal.GetArrayDataReference(input.Data);
        ref var target = ref MemoryMarshal.GetReference(best);
        var c = 0;
        for (; c + Vector<float>.Count <= channels; c += Vector<float>.Count)
        {
            var max = Vector.LoadUnsafe(ref source, (nuint)((((top * input.Width) + left) * channels) + c));
            for (var iy = top; iy < bottom; iy++)
            {
                for (var ix = left; ix < right; ix++)
                {
                    max = Vector.Max(max, Vector.LoadUnsafe(ref source, (nuint)((((iy * input.Width) + ix) * channels) + c)));
                }
            }

            max.StoreUnsafe(ref target, (nuint)c);
        }

        for (; c < channels; c++)
        {
            var max = input.Data[(((top * input.Width) + left) * channels) + c];
            for (var iy = top; iy < bottom; iy++)
            {
                for (var ix = left; ix < right; ix++)
                {
                    max = MathF.Max(max, input.Data[(((iy * input.Width) + ix) * channels) + c]);
                }
            }

            best[c] = max;
        }
    }

    private static int Ceiling(int size, int stride) => (size + stride - 1) / stride;
}
