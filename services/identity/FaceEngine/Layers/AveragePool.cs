using System.Numerics.Tensors;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>Average pooling with TF's 'valid' padding (only windows lying wholly inside the input), or over the whole map.</summary>
public static class AveragePool
{
    /// <summary>The mean of every channel over all pixels, as one pixel.</summary>
    public static FeatureMap ApplyGlobal(FeatureMap input)
    {
        var output = new FeatureMap(1, 1, input.Channels);
        var sum = output.Data.AsSpan();
        for (var y = 0; y < input.Height; y++)
        {
            for (var x = 0; x < input.Width; x++)
            {
                TensorPrimitives.Add(sum, input.Pixel(y, x), sum);
            }
        }

        TensorPrimitives.Divide(sum, input.Height * input.Width, sum);
        return output;
    }

    public static FeatureMap ApplyValid(FeatureMap input, int window, int stride)
    {
        var output = new FeatureMap(((input.Height - window) / stride) + 1, ((input.Width - window) / stride) + 1, input.Channels);
        for (var y = 0; y < output.Height; y++)
        {
            for (var x = 0; x < output.Width; x++)
            {
                var sum = output.Pixel(y, x);
                for (var iy = y * stride; iy < (y * stride) + window; iy++)
                {
                    for (var ix = x * stride; ix < (x * stride) + window; ix++)
                    {
                        TensorPrimitives.Add(sum, input.Pixel(iy, ix), sum);
                    }
                }

                TensorPrimitives.Divide(sum, window * window, sum);
            }
        }

        return output;
    }
}
