using Platform.Identity.FaceEngine.Layers;
using Platform.Identity.FaceEngine.Layers.Kernels;
using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Recognition;

/// <summary>
/// The recognition net's convolution layer: convolution plus bias, then its own per-channel scale layer (× weights,
/// + biases), then ReLU when asked — the scale and ReLU applied to each output as the convolution stores it. Weights
/// under PREFIX/conv/{filters,bias} and PREFIX/scale/{weights,biases}.
/// </summary>
public sealed class ScaledConvolution
{
    private readonly Convolution convolution;
    private readonly OutputStage scaled;
    private readonly OutputStage scaledRelu;

    public ScaledConvolution(WeightSet weights, string prefix)
    {
        convolution = new Convolution(weights.Get($"{prefix}/conv/filters"), weights.Get($"{prefix}/conv/bias"));
        var scale = convolution.PadPerChannel(weights.Get($"{prefix}/scale/weights", convolution.OutputChannels).Data);
        var shift = convolution.PadPerChannel(weights.Get($"{prefix}/scale/biases", convolution.OutputChannels).Data);
        scaled = new OutputStage(scale, shift, Activation.None, 0);
        scaledRelu = scaled with { Activation = Activation.Relu };
    }

    public int InputChannels => convolution.InputChannels;

    public int OutputChannels => convolution.OutputChannels;

    /// <summary>Stride 1 with TF's 'same' padding.</summary>
    public FeatureMap ApplySame(FeatureMap input, bool relu) =>
        convolution.Apply(input, Padding.Same(input.Height, input.Width, convolution.KernelHeight, 1), 1, relu ? scaledRelu : scaled);

    /// <summary>Stride 2, no padding.</summary>
    public FeatureMap ApplyValidDown(FeatureMap input, bool relu) => convolution.Apply(input, Padding.None, 2, relu ? scaledRelu : scaled);
}
