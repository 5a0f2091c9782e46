using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Layers.Kernels;

/// <summary>
/// Direct convolution (any kernel size, stride and zero padding; 1×1 included) on packed filters. The input is first
/// copied into a zero-bordered buffer when the layer pads, so every tap after that is a plain read. Each step computes
/// a tile of neighbouring output pixels × one block of output channels (<see cref="ConvolutionTiles"/>: four pixels ×
/// two vectors, or eight × one): eight accumulators stay in registers across all kh × kw × in taps, each weight vector
/// loaded once per tap serves every pixel of the tile and each input value, broadcast, the whole block. Work is split
/// over (output row, channel block) pairs when the layer is big enough (<see cref="WorkSplit"/>).
/// </summary>
internal static class ConvolutionKernel
{
    private const int TilePixels = 4;
    private const int WideTilePixels = 8;

    public static FeatureMap Apply(FeatureMap input, PackedFilters filters, Padding padding, int stride, OutputStage stage)
    {
        if (input.Channels != filters.InputChannels)
        {
            throw new ArgumentException($"convolution takes {filters.InputChannels} channels, input has {input.Channels}", nameof(input));
        }

        var output = MapPool.Rent(
            padding.OutputHeight(input.Height, filters.KernelHeight, stride),
            padding.OutputWidth(input.Width, filters.KernelWidth, stride),
            filters.OutputChannels);
        using var padded = new PaddedInput(input, padding);
        var job = new Job(padded.Data, padded.Width, input.Channels, stride, filters, stage, output);
        var work = (long)output.Height * output.Width * filters.TapsPerBlock * filters.OutputChannels;
        WorkSplit.For(output.Height * filters.Blocks, work, item => Run(job, item));

        return output;
    }

    private static void Run(Job job, int item)
    {
        var (y, block) = Math.DivRem(item, job.Filters.Blocks);
        if (Vector512.IsHardwareAccelerated && VectorWidth.Bits == 512)
        {
            ConvolveRow<Vector512Ops, Vector512<float>>(job, y, block);
        }
        else if (Vector256.IsHardwareAccelerated && VectorWidth.Bits == 256)
        {
            ConvolveRow<Vector256Ops, Vector256<float>>(job, y, block);
        }
        else
        {
            ConvolveRow<Vector128Ops, Vector128<float>>(job, y, block);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ConvolveRow<TOps, TVector>(Job job, int y, int block)
        where TOps : struct, IVectorOps<TVector>
        where TVector : struct
    {
        var filters = job.Filters;
        var outputWidth = job.Output.Width;
        var geometry = new TileGeometry(
            (nuint)(job.SourceWidth * job.Channels),
            (nuint)(job.Stride * job.Channels),
            filters.KernelHeight,
            (nuint)(filters.KernelWidth * job.Channels),
            (nuint)filters.BlockWidth);
        ref var weights = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(filters.Weights), block * filters.TapsPerBlock * filters.BlockWidth);
        ref var bias = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(filters.Bias), block * filters.BlockWidth);
        ref var row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(job.Source), y * job.Stride * job.SourceWidth * job.Channels);
        var firstChannel = block * filters.BlockWidth;
        Span<float> sums = stackalloc float[WideTilePixels * 2 * TOps.Lanes];
        var twoVectors = filters.VectorsPerBlock == 2;
        var x = 0;

        // One-vector blocks go eight pixels at a time (as many sums as four pixels × two vectors), then four.
        for (; !twoVectors && x + WideTilePixels <= outputWidth; x += WideTilePixels)
        {
            Pixels<TOps, TVector>(job, y, x, WideTilePixels, firstChannel, ref row, ref weights, ref bias, geometry, twoVectors, sums);
        }

        for (; x + TilePixels <= outputWidth; x += TilePixels)
        {
            Pixels<TOps, TVector>(job, y, x, TilePixels, firstChannel, ref row, ref weights, ref bias, geometry, twoVectors, sums);
        }

        // The last pixels of the row: one more tile ending at the row's end when the row has four (it recomputes a few
        // pixels the same way), else one pixel at a time.
        if (x < outputWidth && outputWidth >= TilePixels)
        {
            Pixels<TOps, TVector>(job, y, outputWidth - TilePixels, TilePixels, firstChannel, ref row, ref weights, ref bias, geometry, twoVectors, sums);
            x = outputWidth;
        }

        for (; x < outputWidth; x++)
        {
            ConvolutionTiles.Tile1<TOps, TVector>(ref Unsafe.Add(ref row, (nint)((nuint)x * geometry.PixelStep)), ref weights, ref bias, geometry, twoVectors, ref MemoryMarshal.GetReference(sums));
            Store<TOps, TVector>(job, y, x, firstChannel, sums[..(2 * TOps.Lanes)]);
        }
    }

    /// <summary>A tile of <paramref name="count"/> pixels (4, or 8 with one vector) from x on, finished and stored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pixels<TOps, TVector>(Job job, int y, int x, int count, int firstChannel, ref float row, ref float weights, ref float bias, TileGeometry geometry, bool twoVectors, Span<float> sums)
        where TOps : struct, IVectorOps<TVector>
        where TVector : struct
    {
        ref var first = ref Unsafe.Add(ref row, (nint)((nuint)x * geometry.PixelStep));
        var channels = job.Filters.OutputChannels;

        // A whole block of channels goes straight from the registers to the output; the last, partial one via sums.
        var destination = new Destination(
            ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(job.Output.Data), (((y * job.Output.Width) + x) * channels) + firstChannel),
            (nuint)channels,
            job.Stage,
            firstChannel,
            channels - firstChannel >= job.Filters.BlockWidth);
        if (twoVectors)
        {
            ConvolutionTiles.Tile4x2<TOps, TVector>(ref first, ref weights, ref bias, geometry, ref MemoryMarshal.GetReference(sums), destination);
        }
        else if (count == WideTilePixels)
        {
            ConvolutionTiles.Tile8x1<TOps, TVector>(ref first, ref weights, ref bias, geometry, ref MemoryMarshal.GetReference(sums), destination);
        }
        else
        {
            ConvolutionTiles.Tile4x1<TOps, TVector>(ref first, ref weights, ref bias, geometry, ref MemoryMarshal.GetReference(sums), destination);
        }

        if (!destination.Direct)
        {
            for (var p = 0; p < count; p++)
            {
                Store<TOps, TVector>(job, y, x + p, firstChannel, sums.Slice(p * 2 * TOps.Lanes, 2 * TOps.Lanes));
            }
        }
    }

    /// <summary>One pixel's block of channels from its sums: the output stage applied, then stored (the part past the last channel dropped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<TOps, TVector>(Job job, int y, int x, int firstChannel, Span<float> sums)
        where TOps : struct, IVectorOps<TVector>
        where TVector : struct
    {
        var filters = job.Filters;
        var channels = filters.OutputChannels;
        var lanes = (nuint)TOps.Lanes;
        ref var values = ref MemoryMarshal.GetReference(sums);
        var offset = (((y * job.Output.Width) + x) * channels) + firstChannel;
        var first = ConvolutionTiles.Finish<TOps, TVector>(job.Stage, TOps.Load(ref values, 0), firstChannel);
        var second = filters.VectorsPerBlock == 2 ? ConvolutionTiles.Finish<TOps, TVector>(job.Stage, TOps.Load(ref values, lanes), firstChannel + TOps.Lanes) : first;
        if (channels - firstChannel >= filters.BlockWidth)
        {
            // A whole block: straight into the output.
            ref var target = ref MemoryMarshal.GetArrayDataReference(job.Output.Data);
            TOps.Store(first, ref target, (nuint)offset);
            if (filters.VectorsPerBlock == 2)
            {
                TOps.Store(second, ref target, (nuint)offset + lanes);
            }

            return;
        }

        TOps.Store(first, ref values, 0);
        TOps.Store(second, ref values, lanes);
        var count = channels - firstChannel;
        sums[..count].CopyTo(job.Output.Data.AsSpan(offset, count));
    }

    /// <summary>One layer's run: the (padded) input and its row width in pixels, and where the outputs go.</summary>
    private sealed record Job(float[] Source, int SourceWidth, int Channels, int Stride, PackedFilters Filters, OutputStage Stage, FeatureMap Output);
}
