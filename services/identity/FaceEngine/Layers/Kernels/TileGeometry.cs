namespace Platform.Identity.FaceEngine.Layers.Kernels;

/// <summary>
/// Where a tile's taps are, in floats: a row of the (padded) input, from one output pixel's first input to the next
/// one's, the kernel's rows and the taps along one (kw × in), and one tap's packed weights (the block width).
/// </summary>
internal readonly record struct TileGeometry(nuint RowStride, nuint PixelStep, int KernelHeight, nuint RowTaps, nuint BlockWidth);
