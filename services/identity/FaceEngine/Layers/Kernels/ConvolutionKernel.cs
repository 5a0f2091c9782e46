using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Layers.Kernels;

/// <summary>
/// Direct convolution (any kernel size, stride and zero padding; 1×1 included) on packed filters. The input is first
/// copied into a zero-bordered buffer when the layer pads, so every tap after that is a plain read. Each step computes
/// a tile of four neighbouring output pixels × one block of output channels (one or two vectors): eight accumulators
/// stay in registers across all kh × kw × in taps, each weight vector loaded once per tap serves four pixels and each
/// input value, broadcast, serves the whole block. Work is split over (output row, channel block) pairs.
/// </summary>
internal static class ConvolutionKernel
{
    // Below this many multiply-adds a layer runs on the calling thread: handing out work would cost more.
    private const long ParallelThreshold = 1 << 20;
    private const int TilePixels = 4;

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
        var items = output.Height * filters.Blocks;
        if (work < ParallelThreshold)
        {
            for (var item = 0; item < items; item++)
            {
                Run(job, item);
            }
        }
        else
        {
            Parallel.For(0, items, item => Run(job, item));
        }

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
        Span<float> sums = stackalloc float[TilePixels * 2 * TOps.Lanes];
        var twoVectors = filters.VectorsPerBlock == 2;
        var x = 0;
        for (; x + TilePixels <= outputWidth; x += TilePixels)
        {
            FourPixels<TOps, TVector>(job, y, x, firstChannel, ref row, ref weights, ref bias, geometry, twoVectors, sums);
        }

        // The last pixels of the row: one more tile ending at the row's end when the row has four (it recomputes a few
        // pixels the same way), else one pixel at a time.
        if (x < outputWidth && outputWidth >= TilePixels)
        {
            FourPixels<TOps, TVector>(job, y, outputWidth - TilePixels, firstChannel, ref row, ref weights, ref bias, geometry, twoVectors, sums);
            x = outputWidth;
        }

        for (; x < outputWidth; x++)
        {
            Tile1<TOps, TVector>(ref Unsafe.Add(ref row, (nint)((nuint)x * geometry.PixelStep)), ref weights, ref bias, geometry, twoVectors, ref MemoryMarshal.GetReference(sums));
            Store<TOps, TVector>(job, y, x, firstChannel, sums[..(2 * TOps.Lanes)]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FourPixels<TOps, TVector>(Job job, int y, int x, int firstChannel, ref float row, ref float weights, ref float bias, TileGeometry geometry, bool twoVectors, Span<float> sums)
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
            Tile4x2<TOps, TVector>(ref first, ref weights, ref bias, geometry, ref MemoryMarshal.GetReference(sums), destination);
        }
        else
        {
            Tile4x1<TOps, TVector>(ref first, ref weights, ref bias, geometry, ref MemoryMarshal.GetReference(sums), destination);
        }

        if (!destination.Direct)
        {
            for (var p = 0; p < TilePixels; p++)
            {
                Store<TOps, TVector>(job, y, x + p, firstChannel, sums.Slice(p * 2 * TOps.Lanes, 2 * TOps.Lanes));
            }
        }
    }

    /// <summary>
    /// Four pixels × two vectors of channels: the sums (bias first) over every tap, left in <paramref name="results"/>
    /// pixel after pixel. A small method of its own so the JIT keeps all eight sums in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static void Tile4x2<TOps, TVector>(ref float source, ref float weights, ref float bias, TileGeometry geometry, ref float results, in Destination destination)
        where TOps : struct, IVectorOps<TVector>
        where TVector : struct
    {
        var lanes = (nuint)TOps.Lanes;
        var (p1, p2, p3) = (geometry.PixelStep, 2 * geometry.PixelStep, 3 * geometry.PixelStep);
        var a00 = TOps.Load(ref bias, 0);
        var a01 = TOps.Load(ref bias, lanes);
        var (a10, a11, a20, a21, a30, a31) = (a00, a01, a00, a01, a00, a01);
        for (var ky = 0; ky < geometry.KernelHeight; ky++)
        {
            ref var input = ref Unsafe.Add(ref source, (nint)((nuint)ky * geometry.RowStride));
            ref var w = ref Unsafe.Add(ref weights, (nint)((nuint)ky * geometry.RowTaps * geometry.BlockWidth));
            for (nuint t = 0; t < geometry.RowTaps; t++)
            {
                var w0 = TOps.Load(ref w, 0);
                var w1 = TOps.Load(ref w, lanes);
                w = ref Unsafe.Add(ref w, (nint)geometry.BlockWidth);
                var i0 = TOps.Broadcast(Unsafe.Add(ref input, (nint)t));
                var i1 = TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + p1)));
                var i2 = TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + p2)));
                var i3 = TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + p3)));
                a00 = TOps.MultiplyAdd(i0, w0, a00);
                a01 = TOps.MultiplyAdd(i0, w1, a01);
                a10 = TOps.MultiplyAdd(i1, w0, a10);
                a11 = TOps.MultiplyAdd(i1, w1, a11);
                a20 = TOps.MultiplyAdd(i2, w0, a20);
                a21 = TOps.MultiplyAdd(i2, w1, a21);
                a30 = TOps.MultiplyAdd(i3, w0, a30);
                a31 = TOps.MultiplyAdd(i3, w1, a31);
            }
        }

        if (destination.Direct)
        {
            var (stage, channel, step) = (destination.Stage, destination.Channel, destination.PixelStride);
            ref var target = ref destination.Target;
            TOps.Store(Finish<TOps, TVector>(stage, a00, channel), ref target, 0);
            TOps.Store(Finish<TOps, TVector>(stage, a01, channel + TOps.Lanes), ref target, lanes);
            TOps.Store(Finish<TOps, TVector>(stage, a10, channel), ref target, step);
            TOps.Store(Finish<TOps, TVector>(stage, a11, channel + TOps.Lanes), ref target, step + lanes);
            TOps.Store(Finish<TOps, TVector>(stage, a20, channel), ref target, 2 * step);
            TOps.Store(Finish<TOps, TVector>(stage, a21, channel + TOps.Lanes), ref target, (2 * step) + lanes);
            TOps.Store(Finish<TOps, TVector>(stage, a30, channel), ref target, 3 * step);
            TOps.Store(Finish<TOps, TVector>(stage, a31, channel + TOps.Lanes), ref target, (3 * step) + lanes);
            return;
        }

        TOps.Store(a00, ref results, 0);
        TOps.Store(a01, ref results, lanes);
        TOps.Store(a10, ref results, 2 * lanes);
        TOps.Store(a11, ref results, 3 * lanes);
        TOps.Store(a20, ref results, 4 * lanes);
        TOps.Store(a21, ref results, 5 * lanes);
        TOps.Store(a30, ref results, 6 * lanes);
        TOps.Store(a31, ref results, 7 * lanes);
    }

    /// <summary>Four pixels × one vector of channels, as <see cref="Tile4x2"/> (results at the same places, every other vector unused).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static void Tile4x1<TOps, TVector>(ref float source, ref float weights, ref float bias, TileGeometry geometry, ref float results, in Destination destination)
        where TOps : struct, IVectorOps<TVector>
        where TVector : struct
    {
        var lanes = (nuint)TOps.Lanes;
        var (p1, p2, p3) = (geometry.PixelStep, 2 * geometry.PixelStep, 3 * geometry.PixelStep);
        var a0 = TOps.Load(ref bias, 0);
        var (a1, a2, a3) = (a0, a0, a0);
        for (var ky = 0; ky < geometry.KernelHeight; ky++)
        {
            ref var input = ref Unsafe.Add(ref source, (nint)((nuint)ky * geometry.RowStride));
            ref var w = ref Unsafe.Add(ref weights, (nint)((nuint)ky * geometry.RowTaps * geometry.BlockWidth));
            for (nuint t = 0; t < geometry.RowTaps; t++)
            {
                var w0 = TOps.Load(ref w, 0);
                w = ref Unsafe.Add(ref w, (nint)geometry.BlockWidth);
                a0 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)t)), w0, a0);
                a1 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + p1))), w0, a1);
                a2 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + p2))), w0, a2);
                a3 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + p3))), w0, a3);
            }
        }

        if (destination.Direct)
        {
            var (stage, channel, step) = (destination.Stage, destination.Channel, destination.PixelStride);
            ref var target = ref destination.Target;
            TOps.Store(Finish<TOps, TVector>(stage, a0, channel), ref target, 0);
            TOps.Store(Finish<TOps, TVector>(stage, a1, channel), ref target, step);
            TOps.Store(Finish<TOps, TVector>(stage, a2, channel), ref target, 2 * step);
            TOps.Store(Finish<TOps, TVector>(stage, a3, channel), ref target, 3 * step);
            return;
        }

        TOps.Store(a0, ref results, 0);
        TOps.Store(a1, ref results, 2 * lanes);
        TOps.Store(a2, ref results, 4 * lanes);
        TOps.Store(a3, ref results, 6 * lanes);
    }

    /// <summary>One pixel × one or two vectors of channels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static void Tile1<TOps, TVector>(ref float source, ref float weights, ref float bias, TileGeometry geometry, bool twoVectors, ref float results)
        where TOps : struct, IVectorOps<TVector>
        where TVector : struct
    {
        var lanes = (nuint)TOps.Lanes;
        var a0 = TOps.Load(ref bias, 0);
        var a1 = twoVectors ? TOps.Load(ref bias, lanes) : a0;
        for (var ky = 0; ky < geometry.KernelHeight; ky++)
        {
            ref var input = ref Unsafe.Add(ref source, (nint)((nuint)ky * geometry.RowStride));
            ref var w = ref Unsafe.Add(ref weights, (nint)((nuint)ky * geometry.RowTaps * geometry.BlockWidth));
            for (nuint t = 0; t < geometry.RowTaps; t++)
            {
                var i0 = TOps.Broadcast(Unsafe.Add(ref input, (nint)t));
                a0 = TOps.MultiplyAdd(i0, TOps.Load(ref w, 0), a0);
                if (twoVectors)
                {
                    a1 = TOps.MultiplyAdd(i0, TOps.Load(ref w, lanes), a1);
                }

                w = ref Unsafe.Add(ref w, (nint)geometry.BlockWidth);
            }
        }

        TOps.Store(a0, ref results, 0);
        TOps.Store(a1, ref results, lanes);
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
        var first = Finish<TOps, TVector>(job.Stage, TOps.Load(ref values, 0), firstChannel);
        var second = filters.VectorsPerBlock == 2 ? Finish<TOps, TVector>(job.Stage, TOps.Load(ref values, lanes), firstChannel + TOps.Lanes) : first;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Finish<TOps, TVector>(OutputStage stage, TVector value, int channel)
        where TOps : struct, IVectorOps<TVector>
        where TVector : struct
    {
        if (stage.Scale is { } scale && stage.Shift is { } shift)
        {
            value = TOps.Add(
                TOps.Multiply(value, TOps.Load(ref MemoryMarshal.GetArrayDataReference(scale), (nuint)channel)),
                TOps.Load(ref MemoryMarshal.GetArrayDataReference(shift), (nuint)channel));
        }

        return stage.Activation switch
        {
            Activation.Relu => TOps.Max(value, TOps.Broadcast(0f)),
            Activation.LeakyRelu => TOps.Max(value, TOps.Multiply(value, TOps.Broadcast(stage.Slope))),
            _ => value,
        };
    }

    /// <summary>
    /// Where a tile's taps are, in floats: a row of the (padded) input, from one output pixel's first input to the next
    /// one's, the kernel's rows and the taps along one (kw × in), and one tap's packed weights (the block width).
    /// </summary>
    private readonly record struct TileGeometry(nuint RowStride, nuint PixelStep, int KernelHeight, nuint RowTaps, nuint BlockWidth);

    /// <summary>
    /// Where a tile's finished outputs go: its first pixel's first channel of the block in the output, the distance
    /// between pixels (the output's channels), the output stage and the block's first channel; Direct when the block
    /// is whole, else the tile leaves raw sums for <see cref="Store"/>.
    /// </summary>
    private readonly ref struct Destination(ref float target, nuint pixelStride, OutputStage stage, int channel, bool direct)
    {
        public readonly ref float Target = ref target;

        public nuint PixelStride { get; } = pixelStride;

        public OutputStage Stage { get; } = stage;

        public int Channel { get; } = channel;

        public bool Direct { get; } = direct;
    }

    /// <summary>One layer's run: the (padded) input and its row width in pixels, and where the outputs go.</summary>
    private sealed record Job(float[] Source, int SourceWidth, int Channels, int Stride, PackedFilters Filters, OutputStage Stage, FeatureMap Output);
}
