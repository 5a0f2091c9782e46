namespace Platform.Identity.FaceEngine.Layers.Kernels;

/// <summary>
/// Where a tile's finished outputs go: its first pixel's first channel of the block in the output, the distance
/// between pixels (the output's channels), the output stage and the block's first channel; Direct when the block
/// is whole, else the tile leaves raw sums for the caller to finish.
/// </summary>
internal readonly ref struct Destination(ref float target, nuint pixelStride, OutputStage stage, int channel, bool direct)
{
    public readonly ref float Target = ref target;

    public nuint PixelStride { get; } = pixelStride;

    public OutputStage Stage { get; } = stage;

    public int Channel { get; } = channel;

    public bool Direct { get; } = direct;
}
