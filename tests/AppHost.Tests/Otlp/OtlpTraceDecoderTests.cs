using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Resource.V1;
using OpenTelemetry.Proto.Trace.V1;
using Platform.Dashboard;
using Platform.Dashboard.Otlp;
using Platform.Dashboard.Telemetry;

namespace AppHost.Tests.Otlp;

/// <summary>The trace decoder reads the wire format itself; these pin it to what the protobuf messages say.</summary>
public sealed class OtlpTraceDecoderTests
{
    private static readonly ByteString TraceId = ByteString.CopyFrom(Convert.FromHexString("0102030405060708090a0b0c0d0e0f10"));
    private static readonly ByteString SpanId = ByteString.CopyFrom(Convert.FromHexString("1112131415161718"));
    private static readonly ByteString ParentId = ByteString.CopyFrom(Convert.FromHexString("2122232425262728"));

    [Fact]
    public void Every_field_the_dashboard_shows_is_decoded()
    {
        var stores = Stores();
        var span = new Span
        {
            TraceId = TraceId,
            SpanId = SpanId,
            ParentSpanId = ParentId,
            Name = "withdrawal.v1.Withdrawals/Confirm",
            Kind = Span.Types.SpanKind.Consumer,
            StartTimeUnixNano = 1_700_000_000_000_000_000,
            EndTimeUnixNano = 1_700_000_000_250_000_000,
            Status = new Status { Code = Status.Types.StatusCode.Error, Message = "boom" },
            Attributes =
            {
                Attribute("text", new AnyValue { StringValue = "grpc" }),
                Attribute("flag", new AnyValue { BoolValue = true }),
                Attribute("count", new AnyValue { IntValue = -42 }),
                Attribute("ratio", new AnyValue { DoubleValue = 0.25 }),
                Attribute("list", new AnyValue { ArrayValue = new ArrayValue { Values = { new AnyValue { IntValue = 1 }, new AnyValue { StringValue = "b" } } } }),
                Attribute("map", new AnyValue { KvlistValue = new KeyValueList { Values = { Attribute("k", new AnyValue { BoolValue = false }) } } }),
                Attribute("raw", new AnyValue { BytesValue = ByteString.CopyFrom(1, 2, 3) }),
                new KeyValue { Key = "unset" },
                Attribute("long", new AnyValue { StringValue = new string('x', 300) }),
            },
            Events = { new Span.Types.Event { Name = "exception", TimeUnixNano = 1_700_000_000_100_000_000, Attributes = { Attribute("exception.type", new AnyValue { StringValue = "E" }) } } },
            Links =
            {
                new Span.Types.Link { TraceId = TraceId, SpanId = ParentId, Attributes = { Attribute("why", new AnyValue { StringValue = "batch" }) } },
                new Span.Types.Link { TraceId = ByteString.CopyFrom(new byte[16]), SpanId = ParentId },
            },
        };

        var response = OtlpTraceIngestion.Ingest(stores, Request("api", "api-1", "scope.a", span).ToByteArray());

        Assert.Null(response.PartialSuccess);
        var kept = Assert.Single(stores.Traces.Get("0102030405060708090a0b0c0d0e0f10")!.Spans).Span;
        Assert.Equal(("1112131415161718", "2122232425262728", "withdrawal.v1.Withdrawals/Confirm", "Consumer", "Error", "boom", "scope.a"),
            (kept.SpanId, kept.ParentSpanId, kept.Name, kept.Kind, kept.Status, kept.StatusMessage, kept.Scope));
        Assert.Equal(new TelemetrySource("api", "api-1"), kept.Source);
        Assert.Equal(TimeSpan.FromMilliseconds(250), kept.Duration);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), kept.Start);
        Assert.Equal(
            [("text", "grpc"), ("flag", "true"), ("count", "-42"), ("ratio", "0.25"), ("list", "[1, b]"), ("map", "{k: false}"),
             ("raw", "AQID"), ("unset", ""), ("long", new string('x', 300))],
            kept.Attributes.Select(a => (a.Key, a.Value)));
        var spanEvent = Assert.Single(kept.Events);
        Assert.Equal(("exception", "E", DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_100)),
            (spanEvent.Name, spanEvent.Attributes["exception.type"], spanEvent.Timestamp));
        var link = Assert.Single(kept.Links);
        Assert.Equal(("0102030405060708090a0b0c0d0e0f10", "2122232425262728", "batch"), (link.TraceId, link.SpanId, link.Attributes["why"]));
        Assert.Equal([new TelemetrySource("api", "api-1")], stores.Sources);
    }

    [Fact]
    public void Spans_without_valid_ids_are_counted_as_rejected_and_the_rest_kept()
    {
        var stores = Stores();
        var valid = new Span { TraceId = TraceId, SpanId = SpanId, Name = "ok" };
        var shortTrace = new Span { TraceId = SpanId, SpanId = SpanId, Name = "short" };
        var zeroSpan = new Span { TraceId = TraceId, SpanId = ByteString.CopyFrom(new byte[8]), Name = "zero" };

        var response = OtlpTraceIngestion.Ingest(stores, Request("", "", "", valid, shortTrace, zeroSpan).ToByteArray());

        Assert.Equal(2, response.PartialSuccess.RejectedSpans);
        var kept = Assert.Single(stores.Traces.Get("0102030405060708090a0b0c0d0e0f10")!.Spans).Span;
        Assert.Equal(("ok", "Unset", null, "Unspecified", "unknown_service", "unknown_service"),
            (kept.Name, kept.Status, kept.StatusMessage, kept.Kind, kept.Source.ServiceName, kept.Source.InstanceId));
    }

    [Fact]
    public void Fields_in_any_order_and_unknown_fields_read_as_protobuf_reads_them()
    {
        var stores = Stores();
        var scopeSpans = new ScopeSpans { Scope = new InstrumentationScope { Name = "late" }, Spans = { new Span { TraceId = TraceId, SpanId = SpanId, Name = "first" } } };
        var resource = new Resource { Attributes = { Attribute("service.name", new AnyValue { StringValue = "ordered" }) } };
        var resourceSpans = Message(output =>
        {
            output.WriteTag(2, WireFormat.WireType.LengthDelimited); // the spans before their resource
            output.WriteBytes(scopeSpans.ToByteString());
            output.WriteTag(99, WireFormat.WireType.Varint); // a field this version does not know
            output.WriteUInt64(7);
            output.WriteTag(1, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(resource.ToByteString());
        });
        var wire = Message(output =>
        {
            output.WriteTag(1, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(ByteString.CopyFrom(resourceSpans));
        });
        var parsed = ExportTraceServiceRequest.Parser.ParseFrom(wire).ResourceSpans[0];
        Assert.Equal(("ordered", "late"), (parsed.Resource.Attributes[0].Value.StringValue, parsed.ScopeSpans[0].Scope.Name));

        OtlpTraceIngestion.Ingest(stores, wire);

        var kept = Assert.Single(stores.Traces.Get("0102030405060708090a0b0c0d0e0f10")!.Spans).Span;
        Assert.Equal(("first", "late", "ordered"), (kept.Name, kept.Scope, kept.Source.ServiceName));
    }

    [Fact]
    public void A_truncated_request_is_refused_and_changes_nothing()
    {
        var stores = Stores();
        var bytes = Request("truncated", "", "", new Span { TraceId = TraceId, SpanId = SpanId, Name = "cut" }).ToByteArray();

        Assert.Throws<MalformedOtlpException>(() => OtlpTraceIngestion.Ingest(stores, bytes.AsSpan(0, bytes.Length - 3)));
        Assert.Equal(0, stores.Traces.Count);
        Assert.Empty(stores.Sources);
    }

    private static TelemetryStores Stores() => new(new DashboardOptions(), new ChangeFeed());

    private static KeyValue Attribute(string key, AnyValue value) => new() { Key = key, Value = value };

    private static byte[] Message(Action<CodedOutputStream> write)
    {
        using var bytes = new MemoryStream();
        var output = new CodedOutputStream(bytes);
        write(output);
        output.Flush();
        return bytes.ToArray();
    }

    private static ExportTraceServiceRequest Request(string service, string instance, string scope, params Span[] spans)
    {
        var resource = new Resource();
        if (service.Length > 0)
        {
            resource.Attributes.Add(Attribute("service.name", new AnyValue { StringValue = service }));
        }
        if (instance.Length > 0)
        {
            resource.Attributes.Add(Attribute("service.instance.id", new AnyValue { StringValue = instance }));
        }
        return new ExportTraceServiceRequest
        {
            ResourceSpans = { new ResourceSpans { Resource = resource, ScopeSpans = { new ScopeSpans { Scope = new InstrumentationScope { Name = scope }, Spans = { spans } } } } },
        };
    }
}
