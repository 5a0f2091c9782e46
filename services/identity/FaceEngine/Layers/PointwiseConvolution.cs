using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>1×1 convolution with bias: every pixel's channels times the [in, out] matrix of filters [1, 1, in, out].</summary>
public sealed class PointwiseConvolution
{
    private readonly float[] filters;
    private readonly float[] bias;

    public PointwiseConvolution(WeightTensor filters, WeightTensor bias)
    {
        if (filters.Shape.Count != 4 || filters.Shape[0] != 1 || filters.Shape[1] != 1 || bias.Shape.Count != 1 || bias.Shape[0] != filters.Shape[3])
        {
            throw new WeightsFormatException($"{filters} and {bias} do not make a 1x1 convolution");
        }

        InputChannels = filters.Shape[2];
        OutputChannels = filters.Shape[3];
        this.filters = filters.Data;
        this.bias = bias.Data;
    }

    public int InputChannels { get; }

    public int OutputChannels { get; }

    public FeatureMap Apply(FeatureMap input)
    {
        if (input.Channels != InputChannels)
        {
            throw new ArgumentException($"1x1 convolution takes {InputChannels} channels, input has {input.Channels}", nameof(input));
        }

        var output = new FeatureMap(input.Height, input.Width, OutputChannels);
        Parallel.For(0, input.Height, y => MultiplyRow(input, output, y));
        return output;
    }

    private void MultiplyRow(FeatureMap input, FeatureMap output, int y)
    {
        for (var x = 0; x < input.Width; x++)
        {
            var sum = output.Pixel(y, x);
            bias.CopyTo(sum);
            MatrixKernel.Accumulate(input.Pixel(y, x), filters, sum);
        }
    }
}
