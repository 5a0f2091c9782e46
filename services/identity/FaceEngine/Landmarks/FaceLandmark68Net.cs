using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Layers;
using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Landmarks;

/// <summary>
/// face-api's 68-point landmark net on the weights of face_landmark_68_model: four dense blocks (112 → 56 → 28 → 14 → 7
/// pixels), a 7×7 average pool and a dense layer giving 68 (x, y) pairs as fractions of the input's side.
/// </summary>
public sealed class FaceLandmark68Net
{
    public const int InputSize = 112;

    private static readonly float[] MeanRgb = [122.782f, 117.001f, 104.298f];

    private readonly DenseBlock[] blocks;
    private readonly FullyConnected fc;

    public FaceLandmark68Net(WeightSet weights)
    {
        blocks = Enumerable.Range(0, 4).Select(i => new DenseBlock(weights, $"dense{i}", firstIsFullConvolution: i == 0)).ToArray();
        fc = new FullyConnected(weights.Get("fc/weights"), weights.Get("fc/bias"));
        if (fc.OutputCount != 2 * FaceLandmarks68.PointCount)
        {
            throw new WeightsFormatException($"fc gives {fc.OutputCount} values, 68 landmarks need {2 * FaceLandmarks68.PointCount}");
        }
    }

    public static FaceLandmark68Net LoadFile(string manifestPath) => new(WeightsLoader.LoadFile(manifestPath));

    /// <summary>
    /// The landmarks of a detected face, in the image's pixels (null when the box lies outside the image). As in
    /// face-api, points are placed in the clipped crop, the padding removed, then shifted by the detection box's corner.
    /// </summary>
    public FaceLandmarks68? Detect(RgbImage image, FaceDetection face)
    {
        var crop = FaceCrop.From(image, face, InputSize);
        if (crop is null)
        {
            return null;
        }

        var output = Forward(crop.Input);
        MapPool.Return(crop.Input);
        var scale = (double)InputSize / Math.Max(crop.Width, crop.Height);
        var (scaledWidth, scaledHeight) = (crop.Width * scale, crop.Height * scale);
        var padX = scaledWidth < scaledHeight ? (scaledHeight - scaledWidth) / 2 : 0;
        var padY = scaledHeight < scaledWidth ? (scaledWidth - scaledHeight) / 2 : 0;
        var points = new (double X, double Y)[FaceLandmarks68.PointCount];
        for (var i = 0; i < points.Length; i++)
        {
            var relativeX = ((output[2 * i] * (double)InputSize) - padX) / scaledWidth;
            var relativeY = ((output[(2 * i) + 1] * (double)InputSize) - padY) / scaledHeight;
            points[i] = ((relativeX * crop.Width) + face.X, (relativeY * crop.Height) + face.Y);
        }

        return new FaceLandmarks68(points);
    }

    /// <summary>The landmarks of a 112×112 RGB face crop (values 0–255), in its pixels.</summary>
    public FaceLandmarks68 Detect(FeatureMap input)
    {
        var output = Forward(input);
        var points = new (double X, double Y)[FaceLandmarks68.PointCount];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = ((double)output[2 * i] * input.Width, (double)output[(2 * i) + 1] * input.Height);
        }

        return new FaceLandmarks68(points);
    }

    /// <summary>The dense layer's 136 outputs (x0, y0, x1, y1, …); <paramref name="observe"/> sees every stage by name.</summary>
    public float[] Forward(FeatureMap input, Action<string, FeatureMap>? observe = null)
    {
        if (input.Channels != 3 || input.Height != InputSize || input.Width != InputSize)
        {
            throw new ArgumentException($"the landmark net takes a {InputSize}x{InputSize} RGB input, got {input}", nameof(input));
        }

        var x = MapPool.Rent(InputSize, InputSize, 3);
        for (var i = 0; i < x.Data.Length; i++)
        {
            x.Data[i] = (input.Data[i] - MeanRgb[i % 3]) / 255f;
        }

        observe?.Invoke("input", x);
        for (var i = 0; i < blocks.Length; i++)
        {
            var next = blocks[i].Apply(x);
            Release(x, observe);
            x = next;
            observe?.Invoke($"dense{i}", x);
        }

        var pooled = AveragePool.ApplyValid(x, window: 7, stride: 2);
        Release(x, observe);
        x = pooled;
        observe?.Invoke("pool", x);
        var output = fc.Apply(x);
        observe?.Invoke("fc", new FeatureMap(1, 1, output.Length, output));
        return output;
    }

    /// <summary>A stage's input goes back to the pool once the next stage is computed, unless an observer may hold it.</summary>
    private static void Release(FeatureMap map, Action<string, FeatureMap>? observe)
    {
        if (observe is null)
        {
            MapPool.Return(map);
        }
    }
}
