using System.Numerics.Tensors;
using Platform.Identity.FaceEngine.Layers;
using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Recognition;

/// <summary>
/// The recognition net's convolution layer: convolution plus bias, then its own per-channel scale layer (× weights,
/// + biases), then ReLU when asked. Weights under PREFIX/conv/{filters,bias} and PREFIX/scale/{weights,biases}.
/// </summary>
public sealed class ScaledConvolution
{
    private readonly Convolution convolution;
    private readonly float[] scaleWeights;
    private readonly float[] scaleBiases;

    public ScaledConvolution(WeightSet weights, string prefix)
    {
        convolution = new Convolution(weights.Get($"{prefix}/conv/filters"), weights.Get($"{prefix}/conv/bias"));
        scaleWeights = weights.Get($"{prefix}/scale/weights", convolution.OutputChannels).Data;
        scaleBiases = weights.Get($"{prefix}/scale/biases", convolution.OutputChannels).Data;
    }

    public int InputChannels => convolution.InputChannels;

    public int OutputChannels => convolution.OutputChannels;

    /// <summary>Stride 1 with TF's 'same' padding.</summary>
    public FeatureMap ApplySame(FeatureMap input, bool relu) =>
        Scale(convolution.Apply(input, Padding.Same(input.Height, input.Width, convolution.KernelHeight, 1)), relu);

    /// <summary>Stride 2, no padding.</summary>
    public FeatureMap ApplyValidDown(FeatureMap input, bool relu) => Scale(convolution.Apply(input, Padding.None, stride: 2), relu);

    private FeatureMap Scale(FeatureMap map, bool relu)
    {
        for (var offset = 0; offset < map.Data.Length; offset += map.Channels)
        {
            var pixel = map.Data.AsSpan(offset, map.Channels);
            TensorPrimitives.Multiply(pixel, scaleWeights, pixel);
            TensorPrimitives.Add(pixel, scaleBiases, pixel);
        }

        return relu ? ElementWise.ReluInPlace(map) : map;
    }
}
