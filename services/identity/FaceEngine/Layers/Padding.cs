namespace Platform.Identity.FaceEngine.Layers;

/// <summary>Zero pixels around a convolution's input, per side.</summary>
public readonly record struct Padding(int Top, int Bottom, int Left, int Right)
{
    public static Padding None => default;

    public static Padding Uniform(int pixels) => new(pixels, pixels, pixels, pixels);

    /// <summary>
    /// TF's 'same': ceil(size / stride) outputs; the padding needed for that is split with the smaller half (possibly
    /// nothing) before and the rest after.
    /// </summary>
    public static Padding Same(int height, int width, int kernel, int stride)
    {
        var (top, bottom) = SameSplit(height, kernel, stride);
        var (left, right) = SameSplit(width, kernel, stride);
        return new Padding(top, bottom, left, right);
    }

    public int OutputHeight(int height, int kernel, int stride) => ((height + Top + Bottom - kernel) / stride) + 1;

    public int OutputWidth(int width, int kernel, int stride) => ((width + Left + Right - kernel) / stride) + 1;

    private static (int Before, int After) SameSplit(int size, int kernel, int stride)
    {
        var outputs = (size + stride - 1) / stride;
        var total = Math.Max(0, ((outputs - 1) * stride) + kernel - size);
        return (total / 2, total - (total / 2));
    }
}
