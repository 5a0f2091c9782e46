using Platform.Identity.FaceEngine.Pipeline;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Bench.Face;

/// <summary>
/// The arithmetic of the three networks: every multiply-add of their convolutions (full, depthwise, 1×1) and dense
/// layers counted as 2 FLOPs, from the weights' shapes and the size each layer runs at — the detector at 416, the
/// landmark net at 112 and the recognition net at 150. Biases, activations, pooling, resizing and crops are left out.
/// </summary>
internal sealed class NetworkFlops
{
    private const int DetectorInput = 416;
    private const int LandmarkInput = 112;
    private const int RecognitionInput = 150;

    // face-api's recognition net, in order; a "down" block starts with a stride-2 convolution.
    private static readonly string[] RecognitionBlocks =
    [
        "conv32_1", "conv32_2", "conv32_3", "conv64_down", "conv64_1", "conv64_2", "conv64_3",
        "conv128_down", "conv128_1", "conv128_2", "conv256_down", "conv256_1", "conv256_2", "conv256_down_out",
    ];

    private NetworkFlops(long detector, long landmarks, long recognition)
    {
        Detector = detector;
        Landmarks = landmarks;
        Recognition = recognition;
    }

    /// <summary>One detector pass at 416.</summary>
    public long Detector { get; }

    /// <summary>One landmark pass (one face) at 112.</summary>
    public long Landmarks { get; }

    /// <summary>One recognition pass (one face) at 150.</summary>
    public long Recognition { get; }

    public static NetworkFlops FromModelDirectory(string modelDirectory) => new(
        DetectorFlops(WeightsLoader.LoadFile(FacePipeline.Manifest(modelDirectory, FacePipeline.DetectorModel))),
        LandmarkFlops(WeightsLoader.LoadFile(FacePipeline.Manifest(modelDirectory, FacePipeline.LandmarkModel))),
        RecognitionFlops(WeightsLoader.LoadFile(FacePipeline.Manifest(modelDirectory, FacePipeline.RecognitionModel))));

    /// <summary>An image with <paramref name="faces"/> described faces: one detector pass, then landmarks and recognition per face.</summary>
    public long PerImage(int faces) => Detector + (faces * (Landmarks + Recognition));

    private static long DetectorFlops(WeightSet weights)
    {
        // 3×3 valid convolution, then five separable convolutions (pad 1, size kept), each after a 2×2 max pool of
        // stride 2 ('same', so sizes round up) except the last pool, which has stride 1; then a 1×1 convolution.
        var size = DetectorInput - 2;
        var flops = Convolution(weights.Get("conv0/filters"), size);
        for (var i = 1; i <= 5; i++)
        {
            size = (size + 1) / 2;
            flops += Separable(weights, $"conv{i}", size);
        }

        return flops + Convolution(weights.Get("conv8/filters"), size);
    }

    private static long LandmarkFlops(WeightSet weights)
    {
        // Four dense blocks, each halving the size ('same' stride 2) in its first convolution, then three separable
        // convolutions at that size; the 7×7 average pool leaves one pixel for the dense layer.
        var size = LandmarkInput;
        long flops = 0;
        for (var block = 0; block < 4; block++)
        {
            size = (size + 1) / 2;
            flops += block == 0
                ? Convolution(weights.Get("dense0/conv0/filters"), size)
                : Separable(weights, $"dense{block}/conv0", size);
            for (var i = 1; i <= 3; i++)
            {
                flops += Separable(weights, $"dense{block}/conv{i}", size);
            }
        }

        return flops + Dense(weights.Get("fc/weights"));
    }

    private static long RecognitionFlops(WeightSet weights)
    {
        // 7×7 stride-2 valid convolution, a 3×3 stride-2 valid max pool, residual blocks of two 3×3 convolutions (a
        // down block's first one stride 2 and valid; the block's output takes its 2×2 pool's size), a dense layer.
        var size = ((RecognitionInput - 7) / 2) + 1;
        var flops = Convolution(weights.Get("conv32_down/conv/filters"), size);
        size = ((size - 3) / 2) + 1;
        foreach (var block in RecognitionBlocks)
        {
            if (block.Contains("down", StringComparison.Ordinal))
            {
                var inner = ((size - 3) / 2) + 1;
                flops += Convolution(weights.Get($"{block}/conv1/conv/filters"), inner);
                flops += Convolution(weights.Get($"{block}/conv2/conv/filters"), inner);
                size = ((size - 2) / 2) + 1;
            }
            else
            {
                flops += Convolution(weights.Get($"{block}/conv1/conv/filters"), size);
                flops += Convolution(weights.Get($"{block}/conv2/conv/filters"), size);
            }
        }

        return flops + Dense(weights.Get("fc"));
    }

    /// <summary>A full convolution [kh, kw, in, out] giving a size × size output.</summary>
    private static long Convolution(WeightTensor filters, int size) =>
        2L * size * size * filters.Shape[0] * filters.Shape[1] * filters.Shape[2] * filters.Shape[3];

    /// <summary>Depthwise [kh, kw, c, 1] then 1×1 [1, 1, c, out], both giving a size × size output.</summary>
    private static long Separable(WeightSet weights, string prefix, int size)
    {
        var depthwise = weights.Get($"{prefix}/depthwise_filter");
        var pointwise = weights.Get($"{prefix}/pointwise_filter");
        return (2L * size * size * depthwise.Shape[0] * depthwise.Shape[1] * depthwise.Shape[2]) + Convolution(pointwise, size);
    }

    private static long Dense(WeightTensor matrix) => 2L * matrix.Shape[0] * matrix.Shape[1];
}
