using Platform.Identity.FaceEngine.Layers.Kernels;
using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>Full 2-D convolution with bias: filters [kh, kw, in, out] as TF.js stores them.</summary>
public sealed class Convolution
{
    private readonly PackedFilters packed;

    public Convolution(WeightTensor filters, WeightTensor bias)
    {
        if (filters.Shape.Count != 4 || bias.Shape.Count != 1 || bias.Shape[0] != filters.Shape[3])
        {
            throw new WeightsFormatException($"{filters} and {bias} do not make a convolution");
        }

        packed = new PackedFilters(filters.Data, bias.Data, filters.Shape[0], filters.Shape[1], filters.Shape[2], filters.Shape[3]);
    }

    public int KernelHeight => packed.KernelHeight;

    public int KernelWidth => packed.KernelWidth;

    public int InputChannels => packed.InputChannels;

    public int OutputChannels => packed.OutputChannels;

    public FeatureMap Apply(FeatureMap input, Padding padding, int stride = 1) => Apply(input, padding, stride, OutputStage.Plain);

    /// <summary>With <paramref name="stage"/> applied to each output as it is stored (scale, activation).</summary>
    internal FeatureMap Apply(FeatureMap input, Padding padding, int stride, OutputStage stage) =>
        ConvolutionKernel.Apply(input, packed, padding, stride, stage);

    /// <summary>A per-channel vector laid out as the output stage reads it.</summary>
    internal float[] PadPerChannel(float[] values) => packed.Pad(values);
}
