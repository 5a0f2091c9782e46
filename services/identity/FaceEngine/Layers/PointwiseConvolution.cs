using Platform.Identity.FaceEngine.Layers.Kernels;
using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>1×1 convolution with bias: every pixel's channels times the [in, out] matrix of filters [1, 1, in, out].</summary>
public sealed class PointwiseConvolution
{
    private readonly PackedFilters packed;

    public PointwiseConvolution(WeightTensor filters, WeightTensor bias)
    {
        if (filters.Shape.Count != 4 || filters.Shape[0] != 1 || filters.Shape[1] != 1 || bias.Shape.Count != 1 || bias.Shape[0] != filters.Shape[3])
        {
            throw new WeightsFormatException($"{filters} and {bias} do not make a 1x1 convolution");
        }

        packed = new PackedFilters(filters.Data, bias.Data, 1, 1, filters.Shape[2], filters.Shape[3]);
    }

    public int InputChannels => packed.InputChannels;

    public int OutputChannels => packed.OutputChannels;

    public FeatureMap Apply(FeatureMap input) => Apply(input, OutputStage.Plain);

    /// <summary>With <paramref name="stage"/> applied to each output as it is stored (activation).</summary>
    internal FeatureMap Apply(FeatureMap input, OutputStage stage)
    {
        if (input.Channels != InputChannels)
        {
            throw new ArgumentException($"1x1 convolution takes {InputChannels} channels, input has {input.Channels}", nameof(input));
        }

        return ConvolutionKernel.Apply(input, packed, Padding.None, 1, stage);
    }
}
