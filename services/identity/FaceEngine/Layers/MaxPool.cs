using System.Numerics.Tensors;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>2×2 max pooling with TF's 'same' padding: ceil(size / stride) outputs, windows cut short at the bottom and right edges.</summary>
public static class MaxPool
{
    public static FeatureMap Apply2x2(FeatureMap input, int stride)
    {
        var output = new FeatureMap(Ceiling(input.Height, stride), Ceiling(input.Width, stride), input.Channels);

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
