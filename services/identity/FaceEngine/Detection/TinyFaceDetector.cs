using System.Runtime.CompilerServices;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Layers;
using Platform.Identity.FaceEngine.Layers.Kernels;
using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Detection;

/// <summary>
/// face-api's tiny face detector (a Tiny-YOLOv2 variant with separable convolutions) on the weights of
/// tiny_face_detector_model: a 3×3 convolution, five separable convolutions with 2×2 max pooling between them, and a
/// 1×1 convolution giving, per cell of a 13×13 grid (for a 416 input), five anchor boxes.
/// </summary>
public sealed class TinyFaceDetector
{
    public const int DefaultInputSize = 416;
    public const double DefaultScoreThreshold = 0.5;
    public const double IouThreshold = 0.4;

    // The leaky ReLU slope is TF's float32 0.1; the means are the training set's average R, G, B.
    private const float LeakySlope = 0.1f;
    private static readonly float[] MeanRgb = [117.001f, 114.697f, 97.404f];

    private readonly Convolution conv0;
    private readonly SeparableConvolution[] separable;
    private readonly PointwiseConvolution conv8;

    public TinyFaceDetector(WeightSet weights)
    {
        conv0 = new Convolution(weights.Get("conv0/filters", 3, 3, 3, 16), weights.Get("conv0/bias", 16));
        separable = Enumerable.Range(1, 5).Select(i => SeparableConvolution.Load(weights, $"conv{i}")).ToArray();
        conv8 = new PointwiseConvolution(weights.Get("conv8/filters"), weights.Get("conv8/bias"));
        if (conv8.OutputChannels != TinyFaceDetectorBoxes.AnchorCount * TinyFaceDetectorBoxes.ValuesPerBox)
        {
            throw new WeightsFormatException($"conv8 gives {conv8.OutputChannels} channels, the detector decodes {TinyFaceDetectorBoxes.AnchorCount * TinyFaceDetectorBoxes.ValuesPerBox}");
        }
    }

    public static TinyFaceDetector LoadFile(string manifestPath) => new(WeightsLoader.LoadFile(manifestPath));

    /// <summary>
    /// The faces in an image, boxes in its pixels: the image is padded to a square and resized to
    /// <paramref name="inputSize"/> first, and the boxes scaled back.
    /// </summary>
    public IReadOnlyList<FaceDetection> Detect(RgbImage image, int inputSize = DefaultInputSize, double scoreThreshold = DefaultScoreThreshold)
    {
        var input = SquareInput.FromImage(image, inputSize);
        var faces = Detect(input, scoreThreshold);
        MapPool.Return(input);
        var (contentWidth, contentHeight) = SquareInput.ContentSize(image, inputSize);
        var scaleX = (double)image.Width / contentWidth;
        var scaleY = (double)image.Height / contentHeight;
        return faces.Select(f => new FaceDetection(f.X * scaleX, f.Y * scaleY, f.Width * scaleX, f.Height * scaleY, f.Score)).ToList();
    }

    /// <summary>
    /// The faces in a square RGB input (values 0–255, side a multiple of 32), best first, overlapping boxes suppressed.
    /// </summary>
    public IReadOnlyList<FaceDetection> Detect(FeatureMap input, double scoreThreshold = DefaultScoreThreshold)
    {
        var grid = Forward(input);
        var boxes = TinyFaceDetectorBoxes.Decode(grid, input.Width, scoreThreshold);
        MapPool.Return(grid);
        return NonMaxSuppression.Apply(boxes, IouThreshold);
    }

    /// <summary>The raw output grid; <paramref name="observe"/>, when given, sees every layer's output by name.</summary>
    public FeatureMap Forward(FeatureMap input, Action<string, FeatureMap>? observe = null)
    {
        if (input.Channels != 3 || input.Height != input.Width || input.Width % 32 != 0)
        {
            throw new ArgumentException($"the detector takes a square RGB input with a side divisible by 32, got {input}", nameof(input));
        }

        // Each layer's input goes back to the pool once the next is computed, unless an observer may hold it.
        var x = Normalize(input);
        observe?.Invoke("input", x);
        x = Next(x, conv0.Apply(x, Padding.None, 1, OutputStage.LeakyRelu(LeakySlope)), "conv0", observe);
        x = Next(x, MaxPool.Apply2x2(x, stride: 2), "pool0", observe);
        for (var i = 0; i < separable.Length; i++)
        {
            x = Next(x, separable[i].Apply(x, Padding.Uniform(1), 1, OutputStage.LeakyRelu(LeakySlope)), $"conv{i + 1}", observe);

            // The last pooling keeps the grid size: it only takes the max of each 2×2 neighbourhood.
            x = Next(x, MaxPool.Apply2x2(x, stride: i == separable.Length - 1 ? 1 : 2), $"pool{i + 1}", observe);
        }

        return Next(x, conv8.Apply(x), "conv8", observe);
    }

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static FeatureMap Normalize(FeatureMap input)
    {
        var output = MapPool.Rent(input.Height, input.Width, 3);
        var source = input.Data;
        var target = output.Data;
        var (red, green, blue) = (MeanRgb[0], MeanRgb[1], MeanRgb[2]);
        for (var i = 0; i + 2 < source.Length; i += 3)
        {
            target[i] = (source[i] - red) / 255f;
            target[i + 1] = (source[i + 1] - green) / 255f;
            target[i + 2] = (source[i + 2] - blue) / 255f;
        }

        return output;
    }
}
