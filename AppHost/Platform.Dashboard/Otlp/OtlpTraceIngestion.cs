using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Trace.V1;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>OTLP trace export requests into the trace store.</summary>
internal static class OtlpTraceIngestion
{
    /// <summary>A request already parsed (from OTLP/JSON) takes the same path as the bytes of OTLP/protobuf.</summary>
    public static ExportTraceServiceResponse Ingest(TelemetryStores stores, ExportTraceServiceRequest request) =>
        Ingest(stores, request.ToByteArray());

    /// <summary>Decodes the whole request before keeping anything, so a malformed one changes nothing.</summary>
    /// <exception cref="MalformedOtlpException">The bytes are not an ExportTraceServiceRequest.</exception>
    public static ExportTraceServiceResponse Ingest(TelemetryStores stores, ReadOnlySpan<byte> request)
    {
        var decoded = OtlpTraceDecoder.Decode(request, stores);
        foreach (var source in decoded.Sources)
        {
            stores.Seen(source);
        }
        stores.Traces.Add(decoded.Accepted);
        if (decoded.Accepted.Count > 0)
        {
            stores.Changes.Notify(ChangeFeed.Traces);
        }
        return new ExportTraceServiceResponse
        {
            PartialSuccess = decoded.Rejected == 0 ? null : new ExportTracePartialSuccess
            {
                RejectedSpans = decoded.Rejected,
                ErrorMessage = "spans need a 16-byte trace_id and an 8-byte span_id",
            },
        };
    }
}
