using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Layers;

/// <summary>A dense layer, weights [in, out] plus bias: the same arithmetic as a 1×1 convolution on a single pixel.</summary>
public sealed class FullyConnected
{
    private readonly PointwiseConvolution matrix;

    public FullyConnected(WeightTensor weights, WeightTensor bias)
    {
        if (weights.Shape.Count != 2)
        {
            throw new WeightsFormatException($"{weights} is not a [in, out] matrix");
        }

        matrix = new PointwiseConvolution(new WeightTensor(weights.Name, [1, 1, weights.Shape[0], weights.Shape[1]], weights.Data), bias);
    }

    public int OutputCount => matrix.OutputChannels;

    /// <summary>The input flattened (height, width, channels order) times the matrix, plus the bias.</summary>
    public float[] Apply(FeatureMap input) => matrix.Apply(new FeatureMap(1, 1, input.Data.Length, input.Data)).Data;
}
