using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Platform.Bench.Face;

/// <summary>
/// One core's float32 peak, measured: ten independent chains of fused multiply-adds (enough to cover the FMA latency
/// on both pipes), 256-bit and, where the CPU has it, 512-bit; the best of several runs, since other work on the
/// machine only slows a run. 0 where the CPU lacks the instructions.
/// </summary>
internal static class FmaProbe
{
    private const long Iterations = 10_000_000;
    private const int Chains = 10;

    public static double Gflops256(int runs = 8) =>
        Fma.IsSupported ? Best(runs, () => Run256(Iterations, Vector256.Create(0.5f), Vector256.Create(0.999f)).GetElement(0), 8) : 0;

    public static double Gflops512(int runs = 8) =>
        Avx512F.IsSupported ? Best(runs, () => Run512(Iterations, Vector512.Create(0.5f), Vector512.Create(0.999f)).GetElement(0), 16) : 0;

    private static double Best(int runs, Func<float> run, int lanes)
    {
        var sink = run();
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            sink += run();
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        GC.KeepAlive(sink);
        return Iterations * Chains * lanes * 2 / best / 1e9;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector256<float> Run256(long iterations, Vector256<float> add, Vector256<float> scale)
    {
        var (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) = (add, add, add, add, add, add, add, add, add, add);
        for (var i = 0L; i < iterations; i++)
        {
            a0 = Fma.MultiplyAdd(a0, scale, add);
            a1 = Fma.MultiplyAdd(a1, scale, add);
            a2 = Fma.MultiplyAdd(a2, scale, add);
            a3 = Fma.MultiplyAdd(a3, scale, add);
            a4 = Fma.MultiplyAdd(a4, scale, add);
            a5 = Fma.MultiplyAdd(a5, scale, add);
            a6 = Fma.MultiplyAdd(a6, scale, add);
            a7 = Fma.MultiplyAdd(a7, scale, add);
            a8 = Fma.MultiplyAdd(a8, scale, add);
            a9 = Fma.MultiplyAdd(a9, scale, add);
        }

        return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector512<float> Run512(long iterations, Vector512<float> add, Vector512<float> scale)
    {
        var (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) = (add, add, add, add, add, add, add, add, add, add);
        for (var i = 0L; i < iterations; i++)
        {
            a0 = Avx512F.FusedMultiplyAdd(a0, scale, add);
            a1 = Avx512F.FusedMultiplyAdd(a1, scale, add);
            a2 = Avx512F.FusedMultiplyAdd(a2, scale, add);
            a3 = Avx512F.FusedMultiplyAdd(a3, scale, add);
            a4 = Avx512F.FusedMultiplyAdd(a4, scale, add);
            a5 = Avx512F.FusedMultiplyAdd(a5, scale, add);
            a6 = Avx512F.FusedMultiplyAdd(a6, scale, add);
            a7 = Avx512F.FusedMultiplyAdd(a7, scale, add);
            a8 = Avx512F.FusedMultiplyAdd(a8, scale, add);
            a9 = Avx512F.FusedMultiplyAdd(a9, scale, add);
        }

        return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9;
    }
}
