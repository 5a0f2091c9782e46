using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Google.Protobuf.WellKnownTypes;
using Platform.Testing;

namespace Platform.PubSub.Tests;

[Collection(PubSubCollection.Name)]
public sealed class MetricsTests(PubSubFixture fixture)
{
    [Fact]
    public async Task Counters_and_consumer_lag_are_reported_per_topic()
    {
        var topic = PubSubFixture.Topic("metered");
        var measurements = new ConcurrentQueue<(string Instrument, long Value, string? Topic)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PubSubTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? destination = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "messaging.destination.name")
                {
                    destination = tag.Value as string;
                }
            }
            measurements.Enqueue((instrument.Name, value, destination));
        });
        listener.Start();

        var publisher = new PubSubClient(fixture.Redis, new PubSubOptions { AppId = "publisher" }, TimeProvider.System);
        for (var i = 0; i < 5; i++)
        {
            await publisher.PublishEventAsync("pubsub", topic, new StringValue { Value = $"m{i}" });
        }
        long Sum(string instrument) => measurements.Where(m => m.Instrument == instrument && m.Topic == topic).Sum(m => m.Value);
        Assert.Equal(5, Sum("pubsub.published"));

        // Nothing consumes yet: once the group exists, its lag is the five entries.
        using var host = await TestHost.StartAsync(fixture.Server.ConnectionString, "audit", o => o.MaxDeliveries = 2, pubsub =>
            pubsub.Subscribe<StringValue>(topic, (e, _) => Task.FromResult(e.Data.Value == "m0" ? TopicResponse.Retry : TopicResponse.Success)));
        await Poll.UntilAsync(() => Sum("pubsub.delivered") == 4 && Sum("pubsub.dead_lettered") == 1, TimeSpan.FromSeconds(60), "deliveries and one dead letter");
        Assert.Equal(1, Sum("pubsub.retried"));

        await Poll.UntilAsync(
            () =>
            {
                listener.RecordObservableInstruments();
                var lag = measurements.LastOrDefault(m => m.Instrument == "pubsub.consumer.lag" && m.Topic == topic);
                var pending = measurements.LastOrDefault(m => m.Instrument == "pubsub.consumer.pending" && m.Topic == topic);
                return lag.Instrument is not null && lag.Value == 0 && pending.Instrument is not null && pending.Value == 0;
            },
            TimeSpan.FromSeconds(60),
            "lag and pending gauges to reach 0");
        await host.StopAsync();
    }

    [Fact]
    public void Event_ids_are_random_version_4_uuids()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => EventIds.NewId()).ToList();
        Assert.Equal(1000, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
    }
}
