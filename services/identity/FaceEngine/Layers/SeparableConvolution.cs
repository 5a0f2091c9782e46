using Platform.Identity.FaceEngine.Layers.Kernels;
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

    public FeatureMap Apply(FeatureMap input, Padding padding, int stride = 1) => Apply(input, padding, stride, OutputStage.Plain);

    /// <summary>With TF's 'same' padding for the 3×3 depthwise step.</summary>
    public FeatureMap ApplySame(FeatureMap input, int stride) => ApplySame(input, stride, OutputStage.Plain);

    internal FeatureMap Apply(FeatureMap input, Padding padding, int stride, OutputStage stage)
    {
        var filtered = depthwise.Apply(input, padding, stride);
        var output = pointwise.Apply(filtered, stage);
        MapPool.Return(filtered);
        return output;
    }

    internal FeatureMap ApplySame(FeatureMap input, int stride, OutputStage stage) =>
        Apply(input, Padding.Same(input.Height, input.Width, depthwise.KernelHeight, stride), stride, stage);
}
