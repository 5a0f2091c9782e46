using Platform.Identity.FaceEngine.Layers;
using Platform.Identity.FaceEngine.Layers.Kernels;
using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Landmarks;

/// <summary>
/// One of face-api's four-convolution dense blocks: a stride-2 convolution halving the size, then three separable
/// convolutions each fed the ReLU of the sum of every output before it; the block gives the ReLU of all four summed.
/// </summary>
public sealed class DenseBlock
{
    private readonly Convolution? firstFull;
    private readonly SeparableConvolution? firstSeparable;
    private readonly SeparableConvolution[] rest;

    public DenseBlock(WeightSet weights, string prefix, bool firstIsFullConvolution)
    {
        if (firstIsFullConvolution)
        {
            firstFull = new Convolution(weights.Get($"{prefix}/conv0/filters"), weights.Get($"{prefix}/conv0/bias"));
        }
        else
        {
            firstSeparable = SeparableConvolution.Load(weights, $"{prefix}/conv0");
        }

        rest = Enumerable.Range(1, 3).Select(i => SeparableConvolution.Load(weights, $"{prefix}/conv{i}")).ToArray();
    }

    public FeatureMap Apply(FeatureMap input)
    {
        var out1 = firstFull is not null
            ? firstFull.Apply(input, Padding.Same(input.Height, input.Width, firstFull.KernelHeight, 2), 2, OutputStage.Relu)
            : firstSeparable!.ApplySame(input, 2, OutputStage.Relu);
        var out2 = rest[0].ApplySame(out1, stride: 1);
        var in3 = ElementWise.AddRelu(out1, out2);
        var out3 = rest[1].ApplySame(in3, stride: 1);
        var sum23 = ElementWise.Add(out2, out3);
        var in4 = ElementWise.AddRelu(out1, sum23);
        var out4 = rest[2].ApplySame(in4, stride: 1);

        // Summed innermost first, as the reference does, so rounding matches.
        var sum34 = ElementWise.Add(out3, out4);
        var sum234 = ElementWise.Add(out2, sum34);
        var output = ElementWise.AddRelu(out1, sum234);
        foreach (var map in (FeatureMap[])[out1, out2, in3, out3, sum23, in4, out4, sum34, sum234])
        {
            MapPool.Return(map);
        }

        return output;
    }
}
