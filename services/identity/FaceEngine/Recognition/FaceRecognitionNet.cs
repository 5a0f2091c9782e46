using Platform.Identity.FaceEngine.Layers;
using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Recognition;

/// <summary>
/// face-api's face recognition net on the weights of face_recognition_model: a 7×7 stride-2 scaled convolution and a
/// 3×3 max pool (150 → 72 → 35 pixels), fourteen residual blocks (32, 64, 128, 256 channels; four of them halve the
/// size: 35 → 17 → 8 → 4 → 2), the mean over all pixels and a bias-free dense layer to the 128-number descriptor.
/// </summary>
public sealed class FaceRecognitionNet
{
    public const int InputSize = 150;

    private static readonly float[] MeanRgb = [122.782f, 117.001f, 104.298f];

    private static readonly (string Name, bool Down)[] BlockLayout =
    [
        ("conv32_1", false), ("conv32_2", false), ("conv32_3", false),
        ("conv64_down", true), ("conv64_1", false), ("conv64_2", false), ("conv64_3", false),
        ("conv128_down", true), ("conv128_1", false), ("conv128_2", false),
        ("conv256_down", true), ("conv256_1", false), ("conv256_2", false), ("conv256_down_out", true),
    ];

    private readonly ScaledConvolution stem;
    private readonly ResidualBlock[] blocks;
    private readonly FullyConnected fc;

    public FaceRecognitionNet(WeightSet weights)
    {
        stem = new ScaledConvolution(weights, "conv32_down");
        blocks = BlockLayout.Select(b => new ResidualBlock(weights, b.Name, b.Down)).ToArray();
        var matrix = weights.Get("fc");
        if (matrix.Shape.Count != 2 || matrix.Shape[1] != FaceDescriptor.Length)
        {
            throw new WeightsFormatException($"{matrix} does not give a {FaceDescriptor.Length}-number descriptor");
        }

        fc = new FullyConnected(matrix, new WeightTensor("fc/no-bias", [FaceDescriptor.Length], new float[FaceDescriptor.Length]));
    }

    public static FaceRecognitionNet LoadFile(string manifestPath) => new(WeightsLoader.LoadFile(manifestPath));

    /// <summary>The descriptor of a 150×150 RGB face crop (values 0–255).</summary>
    public FaceDescriptor Describe(FeatureMap input) => new(Forward(input));

    /// <summary>The 128 descriptor values; <paramref name="observe"/> sees every stage by name.</summary>
    public float[] Forward(FeatureMap input, Action<string, FeatureMap>? observe = null)
    {
        if (input.Channels != 3 || input.Height != InputSize || input.Width != InputSize)
        {
            throw new ArgumentException($"the recognition net takes a {InputSize}x{InputSize} RGB input, got {input}", nameof(input));
        }

        var x = MapPool.Rent(InputSize, InputSize, 3);
        for (var i = 0; i < x.Data.Length; i++)
        {
            x.Data[i] = (input.Data[i] - MeanRgb[i % 3]) / 255f;
        }

        observe?.Invoke("input", x);
        x = Next(x, stem.ApplyValidDown(x, relu: true), "conv32_down", observe);
        x = Next(x, MaxPool.ApplyValid(x, window: 3, stride: 2), "pool", observe);
        foreach (var block in blocks)
        {
            x = Next(x, block.Apply(x), block.Name, observe);
        }

        x = Next(x, AveragePool.ApplyGlobal(x), "mean", observe);
        var output = fc.Apply(x);
        observe?.Invoke("fc", new FeatureMap(1, 1, output.Length, output));
        return output;
    }

    /// <summary>A stage's input goes back to the pool once the next is computed, unless an observer may hold it.</summary>
    private static FeatureMap Next(FeatureMap previous, FeatureMap next, string name, Action<string, FeatureMap>? observe)
    {
        if (observe is null)
        {
            MapPool.Return(previous);
        }
        else
        {
            observe(name, next);
        }

        return next;
    }
}
