using System.Diagnostics;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.PubSub;
using Platform.Redis;
using Platform.Testing;

namespace RedisBench;

/// <summary>
/// One publisher and two consumer replicas (one group) in this process, each with its own Redis client, against
/// one redis-server: first the end-to-end rate (publish → handled → acknowledged) with the publisher unthrottled,
/// then the delivery latency (publish → handler) with the publisher paced at half that rate.
/// </summary>
internal static class PubSubBenchmark
{
    private const string Topic = "bench.events";
    private const int PublishesInFlight = 64;

    public static async Task RunAsync(TimeSpan duration)
    {
        await using var server = await RedisServer.StartAsync();
        var handled = 0L;
        var latency = new LatencyHistogram();
        var recordLatency = false;
        Task<TopicResponse> Handle(TopicEvent<Int64Value> e, CancellationToken _)
        {
            if (Volatile.Read(ref recordLatency))
            {
                var micros = Stopwatch.GetElapsedTime(e.Data.Value).TotalMicroseconds;
                lock (latency)
                {
                    latency.RecordMicroseconds(micros);
                }
            }
            Interlocked.Increment(ref handled);
            return Task.FromResult(TopicResponse.Success);
        }

        using var consumerA = await StartConsumerAsync(server, "a", Handle);
        using var consumerB = await StartConsumerAsync(server, "b", Handle);
        await using var redis = RedisClient.Create(server.ConnectionString);
        var publisher = new PubSubClient(redis, new PubSubOptions { AppId = "bench-publisher" }, TimeProvider.System);

        // Warm-up, then the unthrottled run.
        await PublishAsync(publisher, TimeSpan.FromSeconds(2), ratePerSecond: null);
        await WaitDrainedAsync(redis, () => Interlocked.Read(ref handled));
        var handledBefore = Interlocked.Read(ref handled);
        var cpuBefore = CpuClock.Used(server.ProcessId);
        var started = Stopwatch.StartNew();
        var published = await PublishAsync(publisher, duration, ratePerSecond: null);
        await WaitDrainedAsync(redis, () => Interlocked.Read(ref handled) - handledBefore, published);
        var rate = published / started.Elapsed.TotalSeconds;
        var cpuPerEvent = (CpuClock.Used(server.ProcessId) - cpuBefore) / published;

        var half = rate / 2;
        Volatile.Write(ref recordLatency, true);
        var pacedStart = Stopwatch.StartNew();
        var paced = await PublishAsync(publisher, duration, half);
        var pacedRate = paced / pacedStart.Elapsed.TotalSeconds;
        await WaitDrainedAsync(redis, () => latency.Count, paced);

        Console.WriteLine($"redis-server on port {server.Port}; 1 publisher ({PublishesInFlight} publishes in flight), 2 consumers x 10 handlers; {duration.TotalSeconds:0} s per phase");
        Console.WriteLine();
        Console.WriteLine($"{"phase",-34} {"events",10} {"events/s",10} {"p50 ms",8} {"p99 ms",8}");
        Console.WriteLine($"{"unthrottled (publish→acked)",-34} {published,10:N0} {rate,10:N0} {"",8} {"",8}");
        Console.WriteLine($"{"paced at half (publish→handler)",-34} {paced,10:N0} {pacedRate,10:N0} {latency.PercentileMs(50),8:0.00} {latency.PercentileMs(99),8:0.00}");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU per event end to end (this process + redis-server): {cpuPerEvent.TotalMicroseconds:0} µs, i.e. at most ~{2_000_000 / cpuPerEvent.TotalMicroseconds:0} events/s on 2 idle cores; load average now {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pubsub: {rate:0} events/s, p99 {latency.PercentileMs(99):0.0} ms at {pacedRate:0}/s"));
        await consumerA.StopAsync();
        await consumerB.StopAsync();
    }

    private static async Task<IHost> StartConsumerAsync(RedisServer server, string instance, Func<TopicEvent<Int64Value>, CancellationToken, Task<TopicResponse>> handler)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:redis"] = server.ConnectionString });
        builder.AddRedisClient("redis");
        builder.AddPubSub("pubsub", "bench-consumer", o => o.InstanceId = instance).Subscribe(Topic, handler);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>Publishes for <paramref name="duration"/>, unthrottled or paced; returns how many publishes succeeded.</summary>
    private static async Task<long> PublishAsync(PubSubClient publisher, TimeSpan duration, double? ratePerSecond)
    {
        var clock = Stopwatch.StartNew();
        var sent = 0L;
        using var slots = new SemaphoreSlim(PublishesInFlight);
        var inFlight = new List<Task>();
        while (clock.Elapsed < duration)
        {
            var due = ratePerSecond is { } rate ? (long)(clock.Elapsed.TotalSeconds * rate) - sent : PublishesInFlight;
            if (due <= 0)
            {
                await Task.Delay(1);
                continue;
            }
            for (var i = 0; i < due; i++)
            {
                await slots.WaitAsync();
                sent++;
                inFlight.Add(PublishOneAsync(publisher, slots));
            }
            if (inFlight.Count > 10_000)
            {
                await Task.WhenAll(inFlight);
                inFlight.Clear();
            }
        }
        await Task.WhenAll(inFlight);
        return sent;
    }

    private static async Task PublishOneAsync(PubSubClient publisher, SemaphoreSlim slots)
    {
        try
        {
            await publisher.PublishEventAsync("pubsub", Topic, new Int64Value { Value = Stopwatch.GetTimestamp() });
        }
        finally
        {
            slots.Release();
        }
    }

    private static async Task WaitDrainedAsync(RedisClient redis, Func<long> handled, long? expected = null)
    {
        await Poll.UntilAsync(
            async () => (expected is null || handled() >= expected) && (await redis.XPendingAsync(Topic, "bench-consumer")).Count == 0
                && (await redis.XInfoGroupsAsync(Topic)).Single().Lag is 0 or null,
            TimeSpan.FromMinutes(5),
            "the consumers to handle and acknowledge everything",
            TimeSpan.FromMilliseconds(5));
    }
}
