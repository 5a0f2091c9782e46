using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Platform.Bench.Face;

/// <summary>
/// The core's actual clock, measured: a chain of dependent integer adds and xors retires one per cycle, so the chain's
/// length over its time is the clock rate. The best of several runs (other work on the machine only slows a run).
/// Needed because on a virtual machine /proc/cpuinfo gives the nominal rate, not the boost the core runs at.
/// </summary>
internal static class ClockProbe
{
    private const long Iterations = 40_000_000;
    private const int OperationsPerIteration = 8;

    private static long step = 3;
    private static long mask = 0x5555;

    public static double MeasureGhz(int runs = 12)
    {
        Chain(1_000, step, mask);
        var best = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = Chain(Iterations, step, mask);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            step = (result & 7) | 1; // the result is used, so the chain is not optimized away
            best = Math.Min(best, seconds);
        }

        return OperationsPerIteration * Iterations / best / 1e9;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static long Chain(long iterations, long add, long flip)
    {
        var value = 0L;
        for (var i = 0L; i < iterations; i++)
        {
            value = (value + add) ^ flip;
            value = (value + add) ^ flip;
            value = (value + add) ^ flip;
            value = (value + add) ^ flip;
        }

        return value;
    }
}
