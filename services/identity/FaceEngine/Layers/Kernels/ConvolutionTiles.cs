using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Platform.Identity.FaceEngine.Layers.Kernels;

/// <summary>
/// The inner steps of <see cref="ConvolutionKernel"/>: a tile of output pixels × a block of output channels, its sums
/// (started from the bias) kept in registers across every tap. Each tile is a small method of its own: inlined into
/// one large method, the JIT stored the sums to the stack on every tap.
/// </summary>
internal static class ConvolutionTiles
{
    /// <summary>
    /// Four pixels × two vectors of channels: the sums (bias first) over every tap, left in <paramref name="results"/>
    /// pixel after pixel. A small method of its own so the JIT keeps all eight sums in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public static void Tile4x2<TOps, TVector>(ref float source, ref float weights, ref float bias, TileGeometry geometry, ref float results, in Destination destination)
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
    public static void Tile4x1<TOps, TVector>(ref float source, ref float weights, ref float bias, TileGeometry geometry, ref float results, in Destination destination)
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

    /// <summary>
    /// Eight pixels × one vector of channels (a block of few channels, like the detector's first layer): eight sums, as
    /// many as <see cref="Tile4x2"/>, so the multiply-adds' latency stays covered; results every other vector.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public static void Tile8x1<TOps, TVector>(ref float source, ref float weights, ref float bias, TileGeometry geometry, ref float results, in Destination destination)
        where TOps : struct, IVectorOps<TVector>
        where TVector : struct
    {
        var lanes = (nuint)TOps.Lanes;
        var step = geometry.PixelStep;
        var a0 = TOps.Load(ref bias, 0);
        var (a1, a2, a3, a4, a5, a6, a7) = (a0, a0, a0, a0, a0, a0, a0);
        for (var ky = 0; ky < geometry.KernelHeight; ky++)
        {
            ref var input = ref Unsafe.Add(ref source, (nint)((nuint)ky * geometry.RowStride));
            ref var w = ref Unsafe.Add(ref weights, (nint)((nuint)ky * geometry.RowTaps * geometry.BlockWidth));
            for (nuint t = 0; t < geometry.RowTaps; t++)
            {
                var w0 = TOps.Load(ref w, 0);
                w = ref Unsafe.Add(ref w, (nint)geometry.BlockWidth);
                a0 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)t)), w0, a0);
                a1 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + step))), w0, a1);
                a2 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + (2 * step)))), w0, a2);
                a3 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + (3 * step)))), w0, a3);
                a4 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + (4 * step)))), w0, a4);
                a5 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + (5 * step)))), w0, a5);
                a6 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + (6 * step)))), w0, a6);
                a7 = TOps.MultiplyAdd(TOps.Broadcast(Unsafe.Add(ref input, (nint)(t + (7 * step)))), w0, a7);
            }
        }

        if (destination.Direct)
        {
            var (stage, channel, stride) = (destination.Stage, destination.Channel, destination.PixelStride);
            ref var target = ref destination.Target;
            TOps.Store(Finish<TOps, TVector>(stage, a0, channel), ref target, 0);
            TOps.Store(Finish<TOps, TVector>(stage, a1, channel), ref target, stride);
            TOps.Store(Finish<TOps, TVector>(stage, a2, channel), ref target, 2 * stride);
            TOps.Store(Finish<TOps, TVector>(stage, a3, channel), ref target, 3 * stride);
            TOps.Store(Finish<TOps, TVector>(stage, a4, channel), ref target, 4 * stride);
            TOps.Store(Finish<TOps, TVector>(stage, a5, channel), ref target, 5 * stride);
            TOps.Store(Finish<TOps, TVector>(stage, a6, channel), ref target, 6 * stride);
            TOps.Store(Finish<TOps, TVector>(stage, a7, channel), ref target, 7 * stride);
            return;
        }

        TOps.Store(a0, ref results, 0);
        TOps.Store(a1, ref results, 2 * lanes);
        TOps.Store(a2, ref results, 4 * lanes);
        TOps.Store(a3, ref results, 6 * lanes);
        TOps.Store(a4, ref results, 8 * lanes);
        TOps.Store(a5, ref results, 10 * lanes);
        TOps.Store(a6, ref results, 12 * lanes);
        TOps.Store(a7, ref results, 14 * lanes);
    }

    /// <summary>One pixel × one or two vectors of channels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public static void Tile1<TOps, TVector>(ref float source, ref float weights, ref float bias, TileGeometry geometry, bool twoVectors, ref float results)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Finish<TOps, TVector>(OutputStage stage, TVector value, int channel)
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
}
