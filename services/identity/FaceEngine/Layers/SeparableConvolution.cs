using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>Depthwise then pointwise convolution, the bias added after the pointwise step (TF's separableConv2d + bias).</summary>
public sealed class SeparableConvolution(DepthwiseConvolution depthwise, PointwiseConvolution pointwise)
{
    /// <summary>The layer face-api stores as PREFIX/depthwise_filter, PREFIX/pointwise_filter and PREFIX/bias.</summary>
    public static SeparableConvolution Load(WeightSet weights, string prefix) => new(
        new DepthwiseConvolution(weights.Get($"{prefix}/depthwise_filter")),
        new PointwiseConvolution(weights.Get($"{prefix}/pointwise_filter"), weights.Get($"{prefix}/bias")));

    public int OutputChannels => pointwise.OutputChannels;

    public FeatureMap Apply(FeatureMap input, Padding padding, int stride = 1) => pointwise.Apply(depthwise.Apply(input, padding, stride));

    /// <summary>With TF's 'same' padding for the 3×3 depthwise step.</summary>
    public FeatureMap ApplySame(FeatureMap input, int stride) =>
        Apply(input, Padding.Same(input.Height, input.Width, depthwise.KernelHeight, stride), stride);
}
