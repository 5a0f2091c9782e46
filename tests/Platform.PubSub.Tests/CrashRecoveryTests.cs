using System.Collections.Concurrent;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Platform.Redis;
using Platform.Testing;

namespace Platform.PubSub.Tests;

/// <summary>Consumers as real processes killed with SIGKILL, replicas sharing a group, and Redis itself killed.</summary>
[Collection(PubSubCollection.Name)]
public sealed class CrashRecoveryTests(PubSubFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(120);

    private async Task<List<string>> PublishAsync(IRedisClient redis, string topic, int count, string prefix = "e")
    {
        var publisher = new PubSubClient(redis, new PubSubOptions { AppId = "publisher" }, TimeProvider.System);
        var values = Enumerable.Range(0, count).Select(i => $"{prefix}-{i.ToString(CultureInfo.InvariantCulture)}").ToList();
        foreach (var value in values)
        {
            await publisher.PublishEventAsync("pubsub", topic, new StringValue { Value = value });
        }
        return values;
    }

    private static async Task AssertEachTookEffectOnceAsync(IRedisClient redis, string topic, IReadOnlyCollection<string> values)
    {
        var effects = await redis.HGetAllStringAsync($"effects:{topic}");
        Assert.Equal(values.Count, effects.Count);
        foreach (var value in values)
        {
            Assert.Equal("1", effects[value]);
        }
    }

    [Fact]
    public async Task A_consumer_killed_mid_batch_loses_nothing_because_another_reclaims_its_pending_entries()
    {
        var topic = PubSubFixture.Topic("kill.consumer");
        var values = await PublishAsync(fixture.Redis, topic, 300);

        ChildProcess? first = null;
        try
        {
            first = await ConsumerProcess.StartAsync(fixture.Server.ConnectionString, "ledger", "first", topic, handlerDelayMs: 30, processingTimeoutMs: 1500);
            await Poll.UntilAsync(async () => await fixture.Redis.ExecuteAsync("HLEN", $"effects:{topic}") is { } n && n.AsInt64() >= 40, Wait, "the first consumer to handle 40 events");
            first.Kill();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            if (first is not null)
            {
                await first.DisposeAsync();
            }
        }

        var pendingOfFirst = (await fixture.Redis.XPendingAsync(topic, "ledger")).PendingByConsumer.GetValueOrDefault("ledger-first");
        Assert.True(pendingOfFirst > 0, "the killed consumer should have held unacknowledged entries");
        Assert.True(await fixture.Redis.ExecuteAsync("HLEN", $"effects:{topic}") is { } done && done.AsInt64() < values.Count);

        await using var second = await ConsumerProcess.StartAsync(fixture.Server.ConnectionString, "ledger", "second", topic, handlerDelayMs: 0, processingTimeoutMs: 1500);
        await Poll.UntilAsync(async () => (await fixture.Redis.ExecuteAsync("HLEN", $"effects:{topic}")).AsInt64() == values.Count, Wait, "every event to take effect");
        await Poll.UntilAsync(async () => (await fixture.Redis.XPendingAsync(topic, "ledger")).Count == 0, Wait, "no entry left pending");

        await AssertEachTookEffectOnceAsync(fixture.Redis, topic, values);
        var byInstance = await fixture.Redis.HGetAllStringAsync($"by-instance:{topic}");
        Assert.True(long.Parse(byInstance["second"], CultureInfo.InvariantCulture) >= pendingOfFirst);
    }

    [Fact]
    public async Task Two_replicas_share_the_work_and_each_event_takes_effect_once()
    {
        var topic = PubSubFixture.Topic("replicas");
        await using var a = await ConsumerProcess.StartAsync(fixture.Server.ConnectionString, "risk", "a", topic, handlerDelayMs: 5);
        await using var b = await ConsumerProcess.StartAsync(fixture.Server.ConnectionString, "risk", "b", topic, handlerDelayMs: 5);

        var values = await PublishAsync(fixture.Redis, topic, 1000);
        await Poll.UntilAsync(async () => (await fixture.Redis.ExecuteAsync("HLEN", $"effects:{topic}")).AsInt64() == values.Count, Wait, "every event to take effect");
        await Poll.UntilAsync(async () => (await fixture.Redis.XPendingAsync(topic, "risk")).Count == 0, Wait, "no entry left pending");

        await AssertEachTookEffectOnceAsync(fixture.Redis, topic, values);
        var byInstance = await fixture.Redis.HGetAllStringAsync($"by-instance:{topic}");
        Assert.True(long.Parse(byInstance["a"], CultureInfo.InvariantCulture) > 0, "replica a did no work");
        Assert.True(long.Parse(byInstance["b"], CultureInfo.InvariantCulture) > 0, "replica b did no work");
        var groups = await fixture.Redis.XInfoGroupsAsync(topic);
        Assert.Equal(2, Assert.Single(groups, g => g.Name == "risk").Consumers);
    }

    [Fact]
    public async Task Every_acknowledged_publish_is_delivered_when_redis_is_killed_and_restarted_under_load()
    {
        await using var server = await RedisServer.StartAsync(new RedisServerOptions { AppendFsync = "always" });
        await using var redis = RedisClient.Create(server.ConnectionString + ",connectTimeout=3000,syncTimeout=10000");
        var topic = PubSubFixture.Topic("kill.redis");
        await using var consumer = await ConsumerProcess.StartAsync(server.ConnectionString, "notification", "only", topic, handlerDelayMs: 0, processingTimeoutMs: 1500);

        var publisher = new PubSubClient(redis, new PubSubOptions { AppId = "publisher" }, TimeProvider.System);
        var published = new ConcurrentQueue<string>();
        var failed = 0;
        using var stop = new CancellationTokenSource();
        var load = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var value = $"v-{i.ToString(CultureInfo.InvariantCulture)}";
                try
                {
                    await publisher.PublishEventAsync("pubsub", topic, new StringValue { Value = value });
                    published.Enqueue(value);
                }
                catch (RedisException)
                {
                    Interlocked.Increment(ref failed);
                    await Task.Delay(20);
                }
            }
        });

        await Poll.UntilAsync(() => published.Count > 500, Wait, "publishing to get going");
        await server.KillAsync();
        await Poll.UntilAsync(() => Volatile.Read(ref failed) > 0, Wait, "publishes to fail while Redis is down");
        await server.RestartAsync();
        var afterRestart = published.Count;
        await Poll.UntilAsync(() => published.Count > afterRestart + 500, Wait, "publishing to resume");
        await stop.CancelAsync();
        await load.WaitAsync(Wait);

        var values = published.ToArray();
        await Poll.UntilAsync(
            async () => (await redis.HMGetStringAsync($"effects:{topic}", values)).All(v => v is not null),
            Wait,
            "every acknowledged publish to be delivered");
        var effects = await redis.HMGetStringAsync($"effects:{topic}", values);
        Assert.All(effects, effect => Assert.Equal("1", effect));
    }
}
