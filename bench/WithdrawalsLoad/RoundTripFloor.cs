using System.Diagnostics;
using Platform.Redis;

namespace Platform.Bench.Withdrawals;

/// <summary>
/// The baseline: what the bare minimum of cross-process work, one Redis PING round trip over loopback through the
/// platform's own multiplexed client, costs on this machine, measured in the same run with as many concurrent
/// callers as users. Every step of a withdrawal is built from such round trips (HTTP, gRPC, Redis, stream reads),
/// so a withdrawal's CPU is reported as a multiple of it.
/// </summary>
public static class RoundTripFloor
{
    public sealed record Result(double RoundTripsPerSecond, TimeSpan CpuPerRoundTrip);

    public static async Task<Result> MeasureAsync(BenchmarkStack stack, int callers, TimeSpan duration)
    {
        var processes = new[] { Environment.ProcessId, stack.ProcessId("redis") };
        var before = Total(processes);
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            long count = 0;
            while (clock.Elapsed < duration)
            {
                await stack.Redis.PingAsync();
                count++;
            }
            return count;
        })));
        var elapsed = clock.Elapsed;
        var used = Total(processes) - before;
        var roundTrips = counts.Sum();
        return new Result(roundTrips / elapsed.TotalSeconds, used.Cpu / roundTrips);
    }

    private static ProcessUsage Total(IEnumerable<int?> processes) =>
        processes.Select(ProcessUsage.Of).Aggregate(new ProcessUsage(), (sum, usage) => sum + (usage ?? default));
}
