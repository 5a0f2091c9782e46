namespace Platform.Identity.FaceEngine.Tensors;

/// <summary>One image's activations: float32, height × width × channels, channels innermost (NHWC with N = 1).</summary>
public sealed class FeatureMap
{
    public FeatureMap(int height, int width, int channels)
        : this(height, width, channels, new float[checked(height * width * channels)])
    {
    }

    public FeatureMap(int height, int width, int channels, float[] data)
    {
        if (height <= 0 || width <= 0 || channels <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(height), $"feature map {height}x{width}x{channels} has an empty side");
        }

        if (data.Length != (long)height * width * channels)
        {
            throw new ArgumentException($"feature map {height}x{width}x{channels} needs {(long)height * width * channels} values, got {data.Length}", nameof(data));
        }

        Height = height;
        Width = width;
        Channels = channels;
        Data = data;
    }

    public int Height { get; }

    public int Width { get; }

    public int Channels { get; }

    public float[] Data { get; }

    /// <summary>The channels of pixel (y, x).</summary>
    public Span<float> Pixel(int y, int x) => Data.AsSpan(((y * Width) + x) * Channels, Channels);

    /// <summary>Row y: width × channels values.</summary>
    public Span<float> Row(int y) => Data.AsSpan(y * Width * Channels, Width * Channels);

    public override string ToString() => $"[{Height},{Width},{Channels}]";
}
