using System.Numerics.Tensors;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>Average pooling with TF's 'valid' padding: only windows lying wholly inside the input.</summary>
public static class AveragePool
{
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
