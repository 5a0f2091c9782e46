using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Platform.Redis;

namespace Platform.PubSub.Tests;

/// <summary>What a publish writes, checked with raw XRANGE against the layout Dapr's pubsub.redis writes.</summary>
[Collection(PubSubCollection.Name)]
public sealed class EnvelopeTests(PubSubFixture fixture)
{
    private static readonly string[] DaprEnvelopeKeys =
        ["data", "datacontenttype", "id", "pubsubname", "source", "specversion", "time", "topic", "traceid", "traceparent", "tracestate", "type"];

    private PubSubClient Client(long? maxLen = 100_000) =>
        new(fixture.Redis, new PubSubOptions { AppId = "withdrawal", MaxLenApprox = maxLen }, TimeProvider.System);

    [Fact]
    public async Task Entry_and_cloud_event_match_what_dapr_writes_field_for_field()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PubSubTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var topic = PubSubFixture.Topic("withdrawal.completed");
        var payload = new Struct
        {
            Fields =
            {
                ["withdrawalId"] = Value.ForString("w-42"),
                ["amountFen"] = Value.ForNumber(150000),
                ["approved"] = Value.ForBool(true),
            },
        };
        var before = DateTimeOffset.UtcNow.AddSeconds(-2);
        var result = await Client().PublishEventAsync("pubsub", topic, payload);

        var entry = Assert.Single(await fixture.Redis.XRangeAsync(topic));
        Assert.Equal(result.EntryId, entry.Id);
        Assert.Equal(["data", "metadata"], entry.Fields.Select(f => f.Key));
        Assert.Equal("{}", entry.GetString("metadata"));

        using var envelope = JsonDocument.Parse(entry["data"]);
        var root = envelope.RootElement;
        Assert.Equal(DaprEnvelopeKeys, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("application/json", root.GetProperty("datacontenttype").GetString());
        Assert.Equal(result.EventId, root.GetProperty("id").GetString());
        Assert.True(Guid.TryParse(result.EventId, out _));
        Assert.Equal("pubsub", root.GetProperty("pubsubname").GetString());
        Assert.Equal("withdrawal", root.GetProperty("source").GetString());
        Assert.Equal("1.0", root.GetProperty("specversion").GetString());
        Assert.Equal(topic, root.GetProperty("topic").GetString());
        Assert.Equal("com.dapr.event.sent", root.GetProperty("type").GetString());
        Assert.Equal("", root.GetProperty("tracestate").GetString());

        var time = root.GetProperty("time").GetString()!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", time);
        Assert.InRange(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture), before, DateTimeOffset.UtcNow.AddSeconds(2));

        var traceParent = root.GetProperty("traceparent").GetString()!;
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", traceParent);
        Assert.Equal(traceParent, root.GetProperty("traceid").GetString());
        var publish = Assert.Single(spans, s => s.OperationName == $"publish {topic}");
        Assert.Equal(ActivityKind.Producer, publish.Kind);
        Assert.Equal(publish.Id, traceParent);
        Assert.Equal(topic, publish.GetTagItem("messaging.destination.name"));

        // data is the protobuf JSON form, embedded as an object (not a string).
        var data = root.GetProperty("data");
        Assert.Equal(JsonValueKind.Object, data.ValueKind);
        Assert.Equal("w-42", data.GetProperty("withdrawalId").GetString());
        Assert.Equal(150000, data.GetProperty("amountFen").GetDouble());
        Assert.True(data.GetProperty("approved").GetBoolean());
        Assert.Equal(payload, Google.Protobuf.JsonParser.Default.Parse<Struct>(data.GetRawText()));
    }

    [Fact]
    public async Task Metadata_is_stored_beside_the_event_and_can_choose_id_and_type()
    {
        var topic = PubSubFixture.Topic("risk.alert");
        var metadata = new Dictionary<string, string>
        {
            ["cloudevent.id"] = "op-7f3a",
            ["cloudevent.type"] = "risk.alert.v1",
            ["partitionKey"] = "u:123",
        };
        var result = await Client().PublishEventAsync("pubsub", topic, new StringValue { Value = "x" }, metadata);
        Assert.Equal("op-7f3a", result.EventId);

        var entry = Assert.Single(await fixture.Redis.XRangeAsync(topic));
        using var stored = JsonDocument.Parse(entry["metadata"]);
        Assert.Equal("u:123", stored.RootElement.GetProperty("partitionKey").GetString());
        using var envelope = JsonDocument.Parse(entry["data"]);
        Assert.Equal("op-7f3a", envelope.RootElement.GetProperty("id").GetString());
        Assert.Equal("risk.alert.v1", envelope.RootElement.GetProperty("type").GetString());
        Assert.Equal("x", envelope.RootElement.GetProperty("data").GetString());
    }

    [Fact]
    public async Task Streams_are_trimmed_with_maxlen_approx()
    {
        var topic = PubSubFixture.Topic("trimmed");
        var client = Client(maxLen: 100);
        for (var i = 0; i < 1000; i++)
        {
            await client.PublishEventAsync("pubsub", topic, new StringValue { Value = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        Assert.InRange(await fixture.Redis.XLenAsync(topic), 100, 300);

        var untrimmed = PubSubFixture.Topic("untrimmed");
        var unlimited = Client(maxLen: null);
        for (var i = 0; i < 300; i++)
        {
            await unlimited.PublishEventAsync("pubsub", untrimmed, new StringValue { Value = "v" });
        }
        Assert.Equal(300, await fixture.Redis.XLenAsync(untrimmed));
    }

    [Theory]
    [InlineData("other-pubsub", "topic", "Unknown pub/sub component")]
    [InlineData("pubsub", "", "must not be empty")]
    [InlineData("pubsub", "has space", "without spaces")]
    public async Task Bad_publish_arguments_fail_clearly_and_write_nothing(string pubsubName, string topic, string expected)
    {
        var before = await fixture.Redis.ExecuteAsync("DBSIZE");
        var error = await Assert.ThrowsAsync<ArgumentException>(async () =>
            await Client().PublishEventAsync(pubsubName, topic, new StringValue { Value = "x" }));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(before.AsInt64(), (await fixture.Redis.ExecuteAsync("DBSIZE")).AsInt64());
    }

    [Fact]
    public void Reader_accepts_dapr_envelopes_and_rejects_others()
    {
        var envelope = CloudEventReader.Parse(Encoding.UTF8.GetBytes(
            """{"data":{"a":[1,2]},"datacontenttype":"application/json","id":"e1","pubsubname":"pubsub","source":"app","specversion":"1.0","time":"2026-01-01T00:00:00Z","topic":"t","traceid":"x","traceparent":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01","tracestate":"","type":"com.dapr.event.sent","extra":{"ignored":true}}"""));
        Assert.Equal("e1", envelope.Id);
        Assert.Equal("""{"a":[1,2]}""", Encoding.UTF8.GetString(envelope.DataJson.Span));
        Assert.Equal("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", envelope.TraceParent);

        var binary = CloudEventReader.Parse(Encoding.UTF8.GetBytes("""{"id":"e2","data_base64":"AQID"}"""));
        Assert.Equal(new byte[] { 1, 2, 3 }, binary.DataBinary);

        Assert.Throws<FormatException>(() => CloudEventReader.Parse(Encoding.UTF8.GetBytes("not json")));
        Assert.Throws<FormatException>(() => CloudEventReader.Parse(Encoding.UTF8.GetBytes("""{"data":1}""")));
        Assert.Throws<FormatException>(() => CloudEventReader.Parse(Encoding.UTF8.GetBytes("""{"id":5}""")));
        Assert.Throws<FormatException>(() => CloudEventReader.Parse(Encoding.UTF8.GetBytes("[1]")));
    }
}
