using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class TelemetryTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Commands_produce_client_spans_and_durations_without_arguments()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RedisTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var durations = new ConcurrentQueue<(double Seconds, string? Operation)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RedisTelemetry.MeterName && instrument.Name == RedisTelemetry.OperationDurationInstrument)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            string? operation = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "db.operation.name")
                {
                    operation = tag.Value as string;
                }
            }
            durations.Enqueue((value, operation));
        });
        meterListener.Start();

        var key = RedisServerFixture.Key("telemetry-key");
        const string secret = "super-secret-value";
        using var parent = new Activity("caller").Start();
        await redis.Client.SetAsync(key, secret);
        Assert.Same(parent, Activity.Current);
        await Assert.ThrowsAsync<RedisServerException>(async () => await redis.Client.ExecuteAsync("HGET", key, "f"));
        parent.Stop();

        var set = Assert.Single(spans, s => s.OperationName == "SET" && s.ParentSpanId == parent.SpanId);
        Assert.Equal(ActivityKind.Client, set.Kind);
        Assert.Equal("redis", set.GetTagItem("db.system"));
        Assert.Equal("SET", set.GetTagItem("db.operation.name"));
        Assert.Equal("127.0.0.1", set.GetTagItem("server.address"));
        Assert.Equal(redis.Server.Port, set.GetTagItem("server.port"));
        Assert.Equal(parent.TraceId, set.TraceId);

        var failed = Assert.Single(spans, s => s.OperationName == "HGET" && s.ParentSpanId == parent.SpanId);
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal("WRONGTYPE", failed.GetTagItem("error.type"));

        foreach (var span in spans)
        {
            foreach (var tag in span.TagObjects)
            {
                var text = tag.Value?.ToString() ?? "";
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
                Assert.DoesNotContain(key, text, StringComparison.Ordinal);
            }
        }
        Assert.Contains(durations, d => d.Operation == "SET" && d.Seconds > 0);
    }
}
