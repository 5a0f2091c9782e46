using System.Numerics.Tensors;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>Max pooling: 2×2 with TF's 'same' padding, or any square window with 'valid' padding.</summary>
public static class MaxPool
{
    /// <summary>'valid': only windows lying wholly inside the input.</summary>
    public static FeatureMap ApplyValid(FeatureMap input, int window, int stride)
    {
        var output = MapPool.Rent(((input.Height - window) / stride) + 1, ((input.Width - window) / stride) + 1, input.Channels);
        Parallel.For(0, output.Height, y =>
        {
            for (var x = 0; x < output.Width; x++)
            {
                var best = output.Pixel(y, x);
                input.Pixel(y * stride, x * stride).CopyTo(best);
                for (var iy = y * stride; iy < (y * stride) + window; iy++)
                {
                    for (var ix = x * stride; ix < (x * stride) + window; ix++)
                    {
                        TensorPrimitives.Max(best, input.Pixel(iy, ix), best);
                    }
                }
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
        Parallel.For(0, output.Height, y =>
        {
            var top = y * stride;
            var bottom = Math.Min(top + 2, input.Height);
            for (var x = 0; x < output.Width; x++)
            {
                var left = x * stride;
                var right = Math.Min(left + 2, input.Width);
                var best = output.Pixel(y, x);
                input.Pixel(top, left).CopyTo(best);
                for (var iy = top; iy < bottom; iy++)
                {
                    for (var ix = left; ix < right; ix++)
                    {
                        TensorPrimitives.Max(best, input.Pixel(iy, ix), best);
                    }
                }
            }
        });
        return output;
    }

    private static int Ceiling(int size, int stride) => (size + stride - 1) / stride;
}
