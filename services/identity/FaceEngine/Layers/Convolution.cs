using System.Numerics.Tensors;
using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>Full 2-D convolution with bias: filters [kh, kw, in, out] as TF.js stores them.</summary>
public sealed class Convolution
{
    private readonly float[] filters;
    private readonly float[] bias;

    public Convolution(WeightTensor filters, WeightTensor bias)
    {
        if (filters.Shape.Count != 4 || bias.Shape.Count != 1 || bias.Shape[0] != filters.Shape[3])
        {
            throw new WeightsFormatException($"{filters} and {bias} do not make a convolution");
        }

        KernelHeight = filters.Shape[0];
        KernelWidth = filters.Shape[1];
        InputChannels = filters.Shape[2];
        OutputChannels = filters.Shape[3];
        this.filters = filters.Data;
        this.bias = bias.Data;
    }

    public int KernelHeight { get; }

    public int KernelWidth { get; }

    public int InputChannels { get; }

    public int OutputChannels { get; }

    public FeatureMap Apply(FeatureMap input, Padding padding, int stride = 1)
    {
        if (input.Channels != InputChannels)
        {
            throw new ArgumentException($"convolution takes {InputChannels} channels, input has {input.Channels}", nameof(input));
        }

        var output = new FeatureMap(padding.OutputHeight(input.Height, KernelHeight, stride), padding.OutputWidth(input.Width, KernelWidth, stride), OutputChannels);
        Parallel.For(0, output.Height, y => ConvolveRow(input, output, y, padding, stride));
        return output;
    }

    private void ConvolveRow(FeatureMap input, FeatureMap output, int y, Padding padding, int stride)
    {
        var filterSpan = filters.AsSpan();
        for (var x = 0; x < output.Width; x++)
        {
            var sum = output.Pixel(y, x);
            bias.CopyTo(sum);
            for (var ky = 0; ky < KernelHeight; ky++)
            {
                var iy = (y * stride) + ky - padding.Top;
                if ((uint)iy >= (uint)input.Height)
                {
                    continue;
                }

                for (var kx = 0; kx < KernelWidth; kx++)
                {
                    var ix = (x * stride) + kx - padding.Left;
                    if ((uint)ix >= (uint)input.Width)
                    {
                        continue;
                    }

                    var pixel = input.Pixel(iy, ix);
                    var tap = ((ky * KernelWidth) + kx) * InputChannels;
                    for (var c = 0; c < InputChannels; c++)
                    {
                        // sum += pixel[c] × filters[ky, kx, c, :]
                        TensorPrimitives.MultiplyAdd(filterSpan.Slice((tap + c) * OutputChannels, OutputChannels), pixel[c], sum, sum);
                    }
                }
            }
        }
    }
}
