using System.Diagnostics;
using System.Globalization;
using Platform.Redis;
using Platform.Testing;

namespace RedisBench;

/// <summary>
/// GET and SET through Platform.Redis with 50 concurrent callers on one multiplexed connection, beside
/// redis-benchmark with 50 connections at pipeline depth 1 and 16, all against one redis-server in the same run.
/// </summary>
internal static class RedisClientBenchmark
{
    private const int Callers = 50;
    private const string Key = "key:__rand_int__";
    private static readonly byte[] Value = "xxx"u8.ToArray();

    public static async Task RunAsync(TimeSpan duration)
    {
        await using var server = await RedisServer.StartAsync(new RedisServerOptions { ExtraArguments = ["--appendonly", "no"] });
        await using var client = RedisClient.Create(server.ConnectionString);
        await client.WaitForConnectionAsync();

        Console.WriteLine($"redis-server on port {server.Port}; {Callers} callers; {duration.TotalSeconds:0} s per phase");
        await MeasureAsync(client, "SET", TimeSpan.FromSeconds(2));
        await MeasureAsync(client, "GET", TimeSpan.FromSeconds(2));
        var cpuBefore = CpuClock.Used(server.ProcessId);
        var ourSet = await MeasureAsync(client, "SET", duration);
        var ourGet = await MeasureAsync(client, "GET", duration);
        var ourCpuPerOp = (CpuClock.Used(server.ProcessId) - cpuBefore) / ((ourSet.OpsPerSecond + ourGet.OpsPerSecond) * duration.TotalSeconds);

        var requestsP1 = (int)Math.Max(100_000, ourSet.OpsPerSecond * duration.TotalSeconds);
        var p1 = await RedisBenchmarkTool.RunAsync(server.Port, Callers, 1, requestsP1);
        var p16 = await RedisBenchmarkTool.RunAsync(server.Port, Callers, 16, requestsP1 * 4);

        Console.WriteLine();
        Console.WriteLine($"{"client",-28} {"test",-5} {"ops/s",12} {"p99 ms",8}");
        Console.WriteLine($"{"Platform.Redis (50 callers)",-28} {"SET",-5} {ourSet.OpsPerSecond,12:N0} {ourSet.P99Ms,8:0.000}");
        Console.WriteLine($"{"Platform.Redis (50 callers)",-28} {"GET",-5} {ourGet.OpsPerSecond,12:N0} {ourGet.P99Ms,8:0.000}");
        foreach (var (label, results) in new[] { ("redis-benchmark -c 50 -P 1", p1), ("redis-benchmark -c 50 -P 16", p16) })
        {
            foreach (var result in results)
            {
                Console.WriteLine($"{label,-28} {result.Test,-5} {result.RequestsPerSecond,12:N0} {result.P99Ms,8:0.000}");
            }
        }

        var ours = (ourSet.OpsPerSecond + ourGet.OpsPerSecond) / 2;
        var ratioP1 = ours / p1.Average(r => r.RequestsPerSecond);
        var ratioP16 = ours / p16.Average(r => r.RequestsPerSecond);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU per operation through Platform.Redis (this process + redis-server): {ourCpuPerOp.TotalMicroseconds:0.0} µs; load average now {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redis: {ratioP1:0.00}x redis-benchmark -P1, {ratioP16:0.00}x -P16"));
    }

    private static async Task<(double OpsPerSecond, double P99Ms)> MeasureAsync(RedisClient client, string command, TimeSpan duration)
    {
        var histograms = new LatencyHistogram[Callers];
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, Callers).Select(i => Task.Run(async () =>
        {
            var histogram = histograms[i] = new LatencyHistogram();
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var start = Stopwatch.GetTimestamp();
                if (command == "SET")
                {
                    await client.ExecuteAsync("SET", Key, Value);
                }
                else
                {
                    await client.ExecuteAsync("GET", Key);
                }
                histogram.Record(start);
            }
        }));
        await Task.WhenAll(callers);
        var elapsed = started.Elapsed;
        var total = new LatencyHistogram();
        foreach (var histogram in histograms)
        {
            total.Add(histogram);
        }
        return (total.Count / elapsed.TotalSeconds, total.PercentileMs(99));
    }
}
