using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Trace.V1;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>OTLP trace export requests into the trace store.</summary>
internal static class OtlpTraceIngestion
{
    public static ExportTraceServiceResponse Ingest(TelemetryStores stores, ExportTraceServiceRequest request)
    {
        var accepted = new List<SpanRecord>();
        var rejected = 0L;
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var source = OtlpValues.Source(resourceSpans.Resource);
            stores.Seen(source);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                var scope = OtlpValues.Scope(scopeSpans.Scope);
                foreach (var span in scopeSpans.Spans)
                {
                    if (Convert(span, source, scope) is { } record)
                    {
                        accepted.Add(record);
                    }
                    else
                    {
                        rejected++;
                    }
                }
            }
        }
        stores.Traces.Add(accepted);
        if (accepted.Count > 0)
        {
            stores.Changes.Notify(ChangeFeed.Traces);
        }
        return new ExportTraceServiceResponse
        {
            PartialSuccess = rejected == 0 ? null : new ExportTracePartialSuccess
            {
                RejectedSpans = rejected,
                ErrorMessage = "spans need a 16-byte trace_id and an 8-byte span_id",
            },
        };
    }

    private static SpanRecord? Convert(Span span, TelemetrySource source, string scope)
    {
        if (span.TraceId.Length != 16 || span.SpanId.Length != 8 || OtlpValues.Id(span.TraceId) is not { } traceId || OtlpValues.Id(span.SpanId) is not { } spanId)
        {
            return null;
        }
        return new SpanRecord
        {
            TraceId = traceId,
            SpanId = spanId,
            ParentSpanId = OtlpValues.Id(span.ParentSpanId),
            Name = span.Name,
            Kind = span.Kind switch
            {
                Span.Types.SpanKind.Server => "Server",
                Span.Types.SpanKind.Client => "Client",
                Span.Types.SpanKind.Producer => "Producer",
                Span.Types.SpanKind.Consumer => "Consumer",
                Span.Types.SpanKind.Internal => "Internal",
                _ => "Unspecified",
            },
            Start = OtlpValues.Time(span.StartTimeUnixNano),
            End = OtlpValues.Time(span.EndTimeUnixNano),
            Source = source,
            Scope = scope,
            Status = span.Status?.Code switch
            {
                Status.Types.StatusCode.Error => "Error",
                Status.Types.StatusCode.Ok => "Ok",
                _ => "Unset",
            },
            StatusMessage = string.IsNullOrEmpty(span.Status?.Message) ? null : span.Status.Message,
            Attributes = OtlpValues.Attributes(span.Attributes),
            Events = span.Events.Select(e => new SpanEventRecord(e.Name, OtlpValues.Time(e.TimeUnixNano), OtlpValues.Attributes(e.Attributes))).ToList(),
            Links = span.Links
                .Where(l => OtlpValues.Id(l.TraceId) is not null && OtlpValues.Id(l.SpanId) is not null)
                .Select(l => new SpanLinkRecord(OtlpValues.Id(l.TraceId)!, OtlpValues.Id(l.SpanId)!, OtlpValues.Attributes(l.Attributes)))
                .ToList(),
        };
    }
}
