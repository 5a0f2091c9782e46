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
        foreach (var resourceSpans in Messages(request, 1))
        {
            rejected += ResourceSpans(resourceSpans, stores, decoded);
        }
        return decoded with { Rejected = rejected };
    }

    /// <summary>ResourceSpans: resource = 1, scope_spans = 2. The resource is read first wherever it is.</summary>
    private static long ResourceSpans(ReadOnlySpan<byte> message, TelemetryStores stores, DecodedSpans decoded)
    {
        var source = stores.Known(OtlpWireValues.Source(message));
        decoded.Sources.Add(source);
        var rejected = 0L;
        foreach (var scopeSpans in Messages(message, 2))
        {
            rejected += ScopeSpans(scopeSpans, source, decoded.Accepted);
        }
        return rejected;
    }

    /// <summary>ScopeSpans: scope = 1, spans = 2.</summary>
    private static long ScopeSpans(ReadOnlySpan<byte> scopeSpans, TelemetrySource source, List<SpanRecord> accepted)
    {
        var scope = OtlpWireValues.Scope(scopeSpans);
        var rejected = 0L;
        foreach (var message in Messages(scopeSpans, 2))
        {
            if (OtlpSpanDecoder.Decode(message, source, scope) is { } span)
            {
                accepted.Add(span);
            }
            else
            {
                rejected++;
            }
        }
        return rejected;
    }
}
