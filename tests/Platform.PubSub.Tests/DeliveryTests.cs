using System.Collections.Concurrent;
using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Redis;
using Platform.Testing;

namespace Platform.PubSub.Tests;

/// <summary>Subscriber behaviour with in-process apps: retries, dead letters, drop, drain, group loss, tracing.</summary>
[Collection(PubSubCollection.Name)]
public sealed class DeliveryTests(PubSubFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private PubSubClient Publisher(string appId = "publisher") =>
        new(fixture.Redis, new PubSubOptions { AppId = appId }, TimeProvider.System);

    [Fact]
    public async Task Failing_handler_is_retried_then_dead_lettered_with_the_original_bytes()
    {
        var topic = PubSubFixture.Topic("payout.requested");
        var attempts = new ConcurrentDictionary<string, int>();
        var ok = new ConcurrentBag<string>();
        using var host = await TestHost.StartAsync(fixture.Server.ConnectionString, "withdrawal", o => o.MaxDeliveries = 3, pubsub =>
            pubsub.Subscribe<StringValue>(topic, (e, _) =>
            {
                attempts.AddOrUpdate(e.Data.Value, 1, (_, n) => n + 1);
                if (e.Data.Value == "poison-throws")
                {
                    throw new InvalidOperationException("handler bug");
                }
                if (e.Data.Value == "poison-retries")
                {
                    return Task.FromResult(TopicResponse.Retry);
                }
                ok.Add(e.Data.Value);
                return Task.FromResult(TopicResponse.Success);
            }));

        var publisher = Publisher();
        await publisher.PublishEventAsync("pubsub", topic, new StringValue { Value = "poison-throws" }, new Dictionary<string, string> { ["k"] = "v" });
        await publisher.PublishEventAsync("pubsub", topic, new StringValue { Value = "fine" });
        await publisher.PublishEventAsync("pubsub", topic, new StringValue { Value = "poison-retries" });
        var originals = await fixture.Redis.XRangeAsync(topic);

        var deadLetters = $"{topic}.deadletter";
        await Poll.UntilAsync(async () => await fixture.Redis.XLenAsync(deadLetters) == 2, Wait, "two dead letters");
        await Poll.UntilAsync(async () => (await fixture.Redis.XPendingAsync(topic, "withdrawal")).Count == 0, Wait, "all entries acknowledged");

        Assert.Equal(3, attempts["poison-throws"]);
        Assert.Equal(3, attempts["poison-retries"]);
        Assert.Equal(1, attempts["fine"]);
        Assert.Equal(["fine"], ok);

        var dead = await fixture.Redis.XRangeAsync(deadLetters);
        foreach (var (original, copy) in new[] { (originals[0], dead.Single(d => d["data"]!.SequenceEqual(originals[0]["data"]!))), (originals[2], dead.Single(d => d["data"]!.SequenceEqual(originals[2]["data"]!))) })
        {
            Assert.Equal(["data", "metadata"], copy.Fields.Select(f => f.Key));
            Assert.Equal(original["data"], copy["data"]);
            Assert.Equal(original["metadata"], copy["metadata"]);
        }
        await host.StopAsync();
    }

    [Fact]
    public async Task Malformed_entries_go_straight_to_the_dead_letter_topic_and_the_consumer_keeps_going()
    {
        var topic = PubSubFixture.Topic("malformed");
        var handled = new ConcurrentBag<string>();
        using var host = await TestHost.StartAsync(fixture.Server.ConnectionString, "risk", subscribe: pubsub =>
            pubsub.Subscribe<Int64Value>(topic, (e, _) =>
            {
                handled.Add(e.Id);
                return Task.FromResult(TopicResponse.Success);
            }, o => o.DeadLetterTopic = $"{topic}.poison"));

        await fixture.Redis.XAddAsync(topic, [new("data", "not json at all")]);
        await fixture.Redis.XAddAsync(topic, [new("other", "no data field")]);
        await Publisher().PublishEventAsync("pubsub", topic, new StringValue { Value = "not an int64" });
        var good = await Publisher().PublishEventAsync("pubsub", topic, new Int64Value { Value = 5 });

        await Poll.UntilAsync(async () => await fixture.Redis.XLenAsync($"{topic}.poison") == 3, Wait, "three dead letters");
        await Poll.UntilAsync(() => handled.Contains(good.EventId), Wait, "the good event");
        Assert.Single(handled);
        var dead = await fixture.Redis.XRangeAsync($"{topic}.poison");
        // Deliveries run concurrently, so the dead letters may land in any order.
        Assert.Contains(dead, entry => entry.GetString("data") == "not json at all");
        await host.StopAsync();
    }

    [Fact]
    public async Task Dropped_events_are_acknowledged_without_a_dead_letter()
    {
        var topic = PubSubFixture.Topic("dropped");
        var seen = 0;
        using var host = await TestHost.StartAsync(fixture.Server.ConnectionString, "notification", subscribe: pubsub =>
            pubsub.Subscribe<StringValue>(topic, (_, _) =>
            {
                Interlocked.Increment(ref seen);
                return Task.FromResult(TopicResponse.Drop);
            }));
        await Publisher().PublishEventAsync("pubsub", topic, new StringValue { Value = "ignore me" });
        await Poll.UntilAsync(async () => Volatile.Read(ref seen) == 1 && (await fixture.Redis.XPendingAsync(topic, "notification")).Count == 0, Wait, "the drop to be acknowledged");
        Assert.Equal(0, await fixture.Redis.ExistsAsync($"{topic}.deadletter"));
        await host.StopAsync();
        Assert.Equal(1, Volatile.Read(ref seen));
    }

    [Fact]
    public async Task Stopping_finishes_in_flight_handlers_and_acknowledges_them()
    {
        var topic = PubSubFixture.Topic("drain");
        var started = 0;
        var finished = 0;
        var host = await TestHost.StartAsync(fixture.Server.ConnectionString, "credit", o => o.Concurrency = 5, pubsub =>
            pubsub.Subscribe<StringValue>(topic, async (_, _) =>
            {
                Interlocked.Increment(ref started);
                await Task.Delay(500, CancellationToken.None);
                Interlocked.Increment(ref finished);
                return TopicResponse.Success;
            }));
        for (var i = 0; i < 5; i++)
        {
            await Publisher().PublishEventAsync("pubsub", topic, new StringValue { Value = $"e{i}" });
        }
        await Poll.UntilAsync(() => Volatile.Read(ref started) == 5, Wait, "five handlers to start");

        await host.StopAsync();
        host.Dispose();
        Assert.Equal(5, Volatile.Read(ref finished));
        Assert.Equal(0, (await fixture.Redis.XPendingAsync(topic, "credit")).Count);
    }

    [Fact]
    public async Task A_lost_group_is_recreated_and_consumption_continues()
    {
        var topic = PubSubFixture.Topic("nogroup");
        var seen = new ConcurrentDictionary<string, int>();
        using var host = await TestHost.StartAsync(fixture.Server.ConnectionString, "risk", subscribe: pubsub =>
            pubsub.Subscribe<StringValue>(topic, (e, _) =>
            {
                seen.AddOrUpdate(e.Data.Value, 1, (_, n) => n + 1);
                return Task.FromResult(TopicResponse.Success);
            }));
        await Publisher().PublishEventAsync("pubsub", topic, new StringValue { Value = "before" });
        await Poll.UntilAsync(() => seen.ContainsKey("before"), Wait, "the first event");

        Assert.True(await fixture.Redis.XGroupDestroyAsync(topic, "risk"));
        await Publisher().PublishEventAsync("pubsub", topic, new StringValue { Value = "after" });
        await Poll.UntilAsync(() => seen.ContainsKey("after"), Wait, "an event after the group was lost");
        Assert.Single(await fixture.Redis.XInfoGroupsAsync(topic), g => g.Name == "risk");
        await host.StopAsync();
    }

    [Fact]
    public async Task The_consumer_span_continues_the_publishers_trace()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PubSubTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var topic = PubSubFixture.Topic("traced");
        var handlerTrace = new TaskCompletionSource<(ActivityTraceId, ActivitySpanId)>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = await TestHost.StartAsync(fixture.Server.ConnectionString, "notification", subscribe: pubsub =>
            pubsub.Subscribe<StringValue>(topic, (_, _) =>
            {
                handlerTrace.TrySetResult((Activity.Current!.TraceId, Activity.Current.ParentSpanId));
                return Task.FromResult(TopicResponse.Success);
            }));

        using (new Activity("gateway request").Start())
        {
            await Publisher().PublishEventAsync("pubsub", topic, new StringValue { Value = "x" });
        }
        var (traceId, parentSpanId) = await handlerTrace.Task.WaitAsync(Wait);
        var publish = Assert.Single(spans, s => s.OperationName == $"publish {topic}");
        Assert.Equal(publish.TraceId, traceId);
        Assert.Equal(publish.SpanId, parentSpanId);
        await Poll.UntilAsync(() => spans.Any(s => s.OperationName == $"process {topic}"), Wait, "the process span");
        var process = spans.Single(s => s.OperationName == $"process {topic}");
        Assert.Equal(ActivityKind.Consumer, process.Kind);
        Assert.Equal("notification", process.GetTagItem("messaging.consumer.group.name"));
        await host.StopAsync();
    }

    [Fact]
    public async Task Dedupe_helper_admits_an_event_once_until_forgotten()
    {
        using var host = TestHost.Build(fixture.Server.ConnectionString, "identity");
        var dedupe = host.Services.GetRequiredService<EventDeduplicator>();
        var id = Guid.NewGuid().ToString();
        Assert.True(await dedupe.TryBeginAsync(id));
        Assert.False(await dedupe.TryBeginAsync(id));
        Assert.True(await dedupe.TryBeginAsync(id, scope: "other-handler"));
        Assert.InRange(await fixture.Redis.PTtlAsync(dedupe.KeyFor(id)), 1, dedupe.TtlMilliseconds);
        await dedupe.ForgetAsync(id);
        Assert.True(await dedupe.TryBeginAsync(id));
    }

    [Fact]
    public void Configuration_mistakes_fail_at_startup_with_clear_messages()
    {
        Assert.Throws<InvalidOperationException>(() => TestHost.Build(fixture.Server.ConnectionString, "dup", subscribe: pubsub =>
            pubsub.Subscribe<StringValue>("t", (_, _) => Task.FromResult(TopicResponse.Success))
                  .Subscribe<StringValue>("t", (_, _) => Task.FromResult(TopicResponse.Success))));
        Assert.Throws<ArgumentException>(() => TestHost.Build(fixture.Server.ConnectionString, "app", o => o.Concurrency = 0));
        Assert.Throws<ArgumentException>(() => TestHost.Build(fixture.Server.ConnectionString, "app", o => o.RetryMaxDelay = o.ProcessingTimeout));
        Assert.Throws<ArgumentException>(() => TestHost.Build(fixture.Server.ConnectionString, "app id with spaces"));
        Assert.Throws<ArgumentException>(() => TestHost.Build(fixture.Server.ConnectionString, "app", subscribe: pubsub =>
            pubsub.Subscribe<StringValue>("t", (_, _) => Task.FromResult(TopicResponse.Success), o => o.DeadLetterTopic = "t")));
    }
}
