using Platform.Dashboard.Telemetry;
using static Platform.Dashboard.Otlp.ProtoReader;

namespace Platform.Dashboard.Otlp;

/// <summary>One opentelemetry.proto.trace.v1.Span from the wire into a <see cref="SpanRecord"/>, as <see cref="OtlpTraceDecoder"/> reads it.</summary>
internal static class OtlpSpanDecoder
{
    private const int AttributesField = 9;

    /// <summary>Null when the span lacks a valid 16-byte trace id or 8-byte span id.</summary>
    public static SpanRecord? Decode(ReadOnlySpan<byte> message, TelemetrySource source, string scope)
    {
        ReadOnlySpan<byte> traceId = default, spanId = default, parentSpanId = default, name = default;
        ulong start = 0, end = 0;
        var kind = 0UL;
        var (statusCode, statusMessage) = (0UL, "");
        var (events, links) = (0, 0);
        var reader = new ProtoReader(message);
        while (reader.Next(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, Length):
                    traceId = reader.ReadLength();
                    break;
                case (2, Length):
                    spanId = reader.ReadLength();
                    break;
                case (4, Length):
                    parentSpanId = reader.ReadLength();
                    break;
                case (5, Length):
                    name = reader.ReadLength();
                    break;
                case (6, Varint):
                    kind = reader.ReadVarint();
                    break;
                case (7, Fixed64):
                    start = reader.ReadFixed64();
                    break;
                case (8, Fixed64):
                    end = reader.ReadFixed64();
                    break;
                case (11, Length):
                    events++;
                    reader.Skip(wireType);
                    break;
                case (13, Length):
                    links++;
                    reader.Skip(wireType);
                    break;
                case (15, Length):
                    Status(reader.ReadLength(), ref statusCode, ref statusMessage);
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        var ids = SharedIds.Instance;
        if (traceId.Length != 16 || spanId.Length != 8 || ids.Text(traceId) is not { } trace || ids.Text(spanId) is not { } span)
        {
            return null;
        }
        return new SpanRecord
        {
            TraceId = trace,
            SpanId = span,
            ParentSpanId = ids.Text(parentSpanId),
            Name = OtlpWireValues.String(name),
            Kind = kind switch
            {
                2 => "Server",
                3 => "Client",
                4 => "Producer",
                5 => "Consumer",
                1 => "Internal",
                _ => "Unspecified",
            },
            Start = OtlpValues.Time(start),
            End = OtlpValues.Time(end),
            Source = source,
            Scope = scope,
            Status = statusCode switch
            {
                2 => "Error",
                1 => "Ok",
                _ => "Unset",
            },
            StatusMessage = statusMessage.Length == 0 ? null : statusMessage,
            Attributes = OtlpWireValues.Attributes(message, AttributesField),
            Events = events == 0 ? [] : Events(message, events),
            Links = links == 0 ? [] : Links(message),
        };
    }

    /// <summary>Status: message = 2, code = 3; a repeated status merges into the earlier one.</summary>
    private static void Status(ReadOnlySpan<byte> message, ref ulong code, ref string text)
    {
        var reader = new ProtoReader(message);
        while (reader.Next(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (2, Length):
                    text = OtlpWireValues.String(reader.ReadLength());
                    break;
                case (3, Varint):
                    code = reader.ReadVarint();
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
    }

    /// <summary>Span.Event (field 11): time = 1, name = 2, attributes = 3.</summary>
    private static SpanEventRecord[] Events(ReadOnlySpan<byte> span, int count)
    {
        var events = new SpanEventRecord[count];
        var index = 0;
        foreach (var message in Messages(span, 11))
        {
            var (time, name) = (0UL, "");
            var fields = new ProtoReader(message);
            while (fields.Next(out var eventField, out var eventWireType))
            {
                switch (eventField, eventWireType)
                {
                    case (1, Fixed64):
                        time = fields.ReadFixed64();
                        break;
                    case (2, Length):
                        name = OtlpWireValues.String(fields.ReadLength());
                        break;
                    default:
                        fields.Skip(eventWireType);
                        break;
                }
            }
            events[index++] = new SpanEventRecord(name, OtlpValues.Time(time), OtlpWireValues.Attributes(message, 3));
        }
        return events;
    }

    /// <summary>Span.Link (field 13): trace_id = 1, span_id = 2, attributes = 4; links without valid ids are left out.</summary>
    private static List<SpanLinkRecord> Links(ReadOnlySpan<byte> span)
    {
        var links = new List<SpanLinkRecord>();
        foreach (var message in Messages(span, 13))
        {
            ReadOnlySpan<byte> traceId = default, spanId = default;
            var fields = new ProtoReader(message);
            while (fields.Next(out var linkField, out var linkWireType))
            {
                switch (linkField, linkWireType)
                {
                    case (1, Length):
                        traceId = fields.ReadLength();
                        break;
                    case (2, Length):
                        spanId = fields.ReadLength();
                        break;
                    default:
                        fields.Skip(linkWireType);
                        break;
                }
            }
            if (SharedIds.Instance.Text(traceId) is { } trace && SharedIds.Instance.Text(spanId) is { } linked)
            {
                links.Add(new SpanLinkRecord(trace, linked, OtlpWireValues.Attributes(message, 4)));
            }
        }
        return links;
    }
}
