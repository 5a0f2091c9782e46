using System.Buffers;
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
        var paddedWidth = input.Width + padding.Left + padding.Right;
        float[]? rented = null;
        var source = input.Data;
        if (padding != Padding.None)
        {
            var paddedHeight = input.Height + padding.Top + padding.Bottom;
            rented = ArrayPool<float>.Shared.Rent(paddedHeight * paddedWidth * input.Channels);
            source = rented;
            CopyPadded(input, padding, paddedWidth, paddedHeight, rented);
        }

        try
        {
            var job = new Job(source, paddedWidth, input.Channels, stride, filters, stage, output);
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
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<float>.Shared.Return(rented);
            }
        }

        return output;
    }

    private static void CopyPadded(FeatureMap input, Padding padding, int paddedWidth, int paddedHeight, float[] target)
    {
        var channels = input.Channels;
        var rowLength = paddedWidth * channels;
        target.AsSpan(0, paddedHeight * rowLength).Clear();
        for (var y = 0; y < input.Height; y++)
        {
            input.Row(y).CopyTo(target.AsSpan(((y + padding.Top) * rowLength) + (padding.Left * channels)));
        }
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
        var output = job.Output;
        var outputWidth = output.Width;
        var rowTaps = filters.KernelWidth * job.Channels;
        var pixelStep = (nuint)(job.Stride * job.Channels);
        ref var weights = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(filters.Weights), block * filters.TapsPerBlock * filters.BlockWidth);
        ref var source = ref MemoryMarshal.GetArrayDataReference(job.Source);
        var firstChannel = block * filters.BlockWidth;
        Span<float> spill = stackalloc float[2 * TOps.Lanes];
        var x = 0;
        if (filters.VectorsPerBlock == 2)
        {
            for (; x + TilePixels <= outputWidth; x += TilePixels)
            {
                var bias0 = TOps.Load(ref MemoryMarshal.GetArrayDataReference(filters.Bias), (nuint)firstChannel);
                var bias1 = TOps.Load(ref MemoryMarshal.GetArrayDataReference(filters.Bias), (nuint)(firstChannel + TOps.Lanes));
                var (a00, a01, a10, a11, a20, a21, a30, a31) = (bias0, bias1, bias0, bias1, bias0, bias1, bias0, bias1);
                for (var ky = 0; ky < filters.KernelHeight; ky++)
                {
                    var s = (nuint)((((((y * job.Stride) + ky) * job.SourceWidth) + (x * job.Stride)) * job.Channels));
                    var w = (nuint)(ky * rowTaps * filters.BlockWidth);
                    for (var t = 0; t < rowTaps; t++, s++, w += (nuint)filters.BlockWidth)
                    {
                        var w0 = TOps.Load(ref weights, w);
                        var w1 = TOps.Load(ref weights, w + (nuint)TOps.Lanes);
                        var i0 = TOps.Broadcast(Unsafe.Add(ref source, s));
                        var i1 = TOps.Broadcast(Unsafe.Add(ref source, s + pixelStep));
                        var i2 = TOps.Broadcast(Unsafe.Add(ref source, s + (2 * pixelStep)));
                        var i3 = TOps.Broadcast(Unsafe.Add(ref source, s + (3 * pixelStep)));
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

                Store<TOps, TVector>(job, y, x, firstChannel, a00, a01, spill);
                Store<TOps, TVector>(job, y, x + 1, firstChannel, a10, a11, spill);
                Store<TOps, TVector>(job, y, x + 2, firstChannel, a20, a21, spill);
                Store<TOps, TVector>(job, y, x + 3, firstChannel, a30, a31, spill);
            }
        }
        else
        {
            for (; x + TilePixels <= outputWidth; x += TilePixels)
            {
                var bias = TOps.Load(ref MemoryMarshal.GetArrayDataReference(filters.Bias), (nuint)firstChannel);
                var (a0, a1, a2, a3) = (bias, bias, bias, bias);
                for (var ky = 0; ky < filters.KernelHeight; ky++)
                {
                    var s = (nuint)((((((y * job.Stride) + ky) * job.SourceWidth) + (x * job.Stride)) * job.Channels));
                    var w = (nuint)(ky * rowTaps * filters.BlockWidth);
                    for (var t = 0; t < rowTaps; t++, s++, w += (nuint)filters.BlockWidth)
                    {
                        var w0 = TOps.Load(ref weights, w);
                        a0 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref source, s)), w0, a0);
                        a1 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref source, s + pixelStep)), w0, a1);
                        a2 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref source, s + (2 * pixelStep))), w0, a2);
                        a3 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref source, s + (3 * pixelStep))), w0, a3);
                    }
                }

                Store<TOps, TVector>(job, y, x, firstChannel, a0, default, spill);
                Store<TOps, TVector>(job, y, x + 1, firstChannel, a1, default, spill);
                Store<TOps, TVector>(job, y, x + 2, firstChannel, a2, default, spill);
                Store<TOps, TVector>(job, y, x + 3, firstChannel, a3, default, spill);
            }
        }

        // The last pixels of the row, one at a time.
        for (; x < outputWidth; x++)
        {
            var a0 = TOps.Load(ref MemoryMarshal.GetArrayDataReference(filters.Bias), (nuint)firstChannel);
            var a1 = filters.VectorsPerBlock == 2 ? TOps.Load(ref MemoryMarshal.GetArrayDataReference(filters.Bias), (nuint)(firstChannel + TOps.Lanes)) : default;
            for (var ky = 0; ky < filters.KernelHeight; ky++)
            {
                var s = (nuint)((((((y * job.Stride) + ky) * job.SourceWidth) + (x * job.Stride)) * job.Channels));
                var w = (nuint)(ky * rowTaps * filters.BlockWidth);
                for (var t = 0; t < rowTaps; t++, s++, w += (nuint)filters.BlockWidth)
                {
                    var i0 = TOps.Broadcast(Unsafe.Add(ref source, s));
                    a0 = TOps.MultiplyAdd(i0, TOps.Load(ref weights, w), a0);
                    if (filters.VectorsPerBlock == 2)
                    {
                        a1 = TOps.MultiplyAdd(i0, TOps.Load(ref weights, w + (nuint)TOps.Lanes), a1);
                    }
                }
            }

            Store<TOps, TVector>(job, y, x, firstChannel, a0, a1, spill);
        }
    }

    /// <summary>One pixel's block of channels: the output stage applied, then stored (the part past the last channel dropped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<TOps, TVector>(Job job, int y, int x, int firstChannel, TVector first, TVector second, Span<float> spill)
        where TOps : struct, IVectorOps<TVector>
        where TVector : struct
    {
        var filters = job.Filters;
        var channels = filters.OutputChannels;
        ref var target = ref MemoryMarshal.GetArrayDataReference(job.Output.Data);
        var offset = (nuint)((((y * job.Output.Width) + x) * channels) + firstChannel);
        var valid = channels - firstChannel;
        first = Finish<TOps, TVector>(job.Stage, first, firstChannel);
        if (valid >= filters.BlockWidth)
        {
            TOps.Store(first, ref target, offset);
            if (filters.VectorsPerBlock == 2)
            {
                TOps.Store(Finish<TOps, TVector>(job.Stage, second, firstChannel + TOps.Lanes), ref target, offset + (nuint)TOps.Lanes);
            }

            return;
        }

        ref var buffer = ref MemoryMarshal.GetReference(spill);
        TOps.Store(first, ref buffer, 0);
        if (filters.VectorsPerBlock == 2)
        {
            TOps.Store(Finish<TOps, TVector>(job.Stage, second, firstChannel + TOps.Lanes), ref buffer, (nuint)TOps.Lanes);
        }

        spill[..valid].CopyTo(job.Output.Data.AsSpan((int)offset, valid));
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

    /// <summary>One layer's run: the (padded) input and its row width in pixels, and where the outputs go.</summary>
    private sealed record Job(float[] Source, int SourceWidth, int Channels, int Stride, PackedFilters Filters, OutputStage Stage, FeatureMap Output);
}
