using Platform.Dashboard.Telemetry;
using static Platform.Dashboard.Otlp.ProtoReader;

namespace Platform.Dashboard.Otlp;

/// <summary>
/// Decodes an ExportTraceServiceRequest (opentelemetry/proto/collector/trace/v1) straight into span records, with
/// the meaning <see cref="Google.Protobuf"/> gives the same bytes (fields in any order, the last of a scalar wins,
/// unknown fields skipped) but without its message objects: at tens of thousands of spans a second, those were
/// most of what the dashboard allocated. Keys, short values and ids come from the shared tables.
/// </summary>
internal static class OtlpTraceDecoder
{
    public static DecodedSpans Decode(ReadOnlySpan<byte> request, TelemetryStores stores)
    {
        var decoded = new DecodedSpans([], 0, []);
        var rejected = 0L;
        var reader = new ProtoReader(request);
        while (reader.Next(out var field, out var wireType))
        {
            if (field == 1 && wireType == Length)
            {
                rejected += ResourceSpans(reader.ReadLength(), stores, decoded);
            }
            else
            {
                reader.Skip(wireType);
            }
        }
        return decoded with { Rejected = rejected };
    }

    /// <summary>The resource comes first in practice but may come anywhere, so it is looked for before the spans.</summary>
    private static long ResourceSpans(ReadOnlySpan<byte> message, TelemetryStores stores, DecodedSpans decoded)
    {
        var source = stores.Known(Source(message));
        decoded.Sources.Add(source);
        var rejected = 0L;
        var reader = new ProtoReader(message);
        while (reader.Next(out var field, out var wireType))
        {
            if (field == 2 && wireType == Length)
            {
                rejected += ScopeSpans(reader.ReadLength(), source, decoded.Accepted);
            }
            else
            {
                reader.Skip(wireType);
            }
        }
        return rejected;
    }

    /// <summary>service.name and service.instance.id, the first of each in the resource's attributes.</summary>
    private static TelemetrySource Source(ReadOnlySpan<byte> resourceSpans)
    {
        string? service = null, instance = null;
        var reader = new ProtoReader(resourceSpans);
        while (reader.Next(out var field, out var wireType))
        {
            if (field != 1 || wireType != Length)
            {
                reader.Skip(wireType);
                continue;
            }
            var resource = new ProtoReader(reader.ReadLength());
            while (resource.Next(out var resourceField, out var resourceWireType))
            {
                if (resourceField != 1 || resourceWireType != Length)
                {
                    resource.Skip(resourceWireType);
                    continue;
                }
                var (key, value) = OtlpWireValues.KeyValue(resource.ReadLength());
                if (key == "service.name")
                {
                    service ??= value;
                }
                else if (key == "service.instance.id")
                {
                    instance ??= value;
                }
            }
        }
        service = service is { Length: > 0 } ? service : OtlpValues.UnknownService;
        return new TelemetrySource(service, instance is { Length: > 0 } ? instance : service);
    }

    private static long ScopeSpans(ReadOnlySpan<byte> message, TelemetrySource source, List<SpanRecord> accepted)
    {
        var scope = "";
        var reader = new ProtoReader(message);
        while (reader.Next(out var field, out var wireType))
        {
            if (field == 1 && wireType == Length)
            {
                scope = OtlpWireValues.ScopeName(reader.ReadLength());
            }
            else
            {
                reader.Skip(wireType);
            }
        }
        var rejected = 0L;
        reader = new ProtoReader(message);
        while (reader.Next(out var field, out var wireType))
        {
            if (field == 2 && wireType == Length)
            {
                if (OtlpSpanDecoder.Decode(reader.ReadLength(), source, scope) is { } span)
                {
                    accepted.Add(span);
                }
                else
                {
                    rejected++;
                }
            }
            else
            {
                reader.Skip(wireType);
            }
        }
        return rejected;
    }
}
