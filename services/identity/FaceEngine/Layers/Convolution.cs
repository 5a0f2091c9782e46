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
        // The receptive field in the filters' [kh, kw, in] order, zeros where it overhangs the input, so one
        // matrix step per pixel covers every tap.
        var patch = new float[KernelHeight * KernelWidth * InputChannels];
        for (var x = 0; x < output.Width; x++)
        {
            var rowLength = KernelWidth * InputChannels;
            var firstX = (x * stride) - padding.Left;
            for (var ky = 0; ky < KernelHeight; ky++)
            {
                var iy = (y * stride) + ky - padding.Top;
                var patchRow = patch.AsSpan(ky * rowLength, rowLength);
                if ((uint)iy >= (uint)input.Height)
                {
                    patchRow.Clear();
                }
                else if (firstX >= 0 && firstX + KernelWidth <= input.Width)
                {
                    // [kw, in] of the patch row is [x, channels] of the input row: one copy.
                    input.Row(iy).Slice(firstX * InputChannels, rowLength).CopyTo(patchRow);
                }
                else
                {
                    for (var kx = 0; kx < KernelWidth; kx++)
                    {
                        var ix = firstX + kx;
                        var tap = patchRow.Slice(kx * InputChannels, InputChannels);
                        if ((uint)ix < (uint)input.Width)
                        {
                            input.Pixel(iy, ix).CopyTo(tap);
                        }
                        else
                        {
                            tap.Clear();
                        }
                    }
                }
            }

            var sum = output.Pixel(y, x);
            bias.CopyTo(sum);
            MatrixKernel.Accumulate(patch, filters, sum);
        }
    }
}
