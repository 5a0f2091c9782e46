using Platform.Dashboard.Telemetry;
using static Platform.Dashboard.Otlp.ProtoReader;

namespace Platform.Dashboard.Otlp;

/// <summary>
/// Decodes an ExportLogsServiceRequest (opentelemetry/proto/collector/logs/v1) straight into log entries, as
/// <see cref="OtlpTraceDecoder"/> does for spans: the same layout of resource and scope around the records.
/// </summary>
internal static class OtlpLogDecoder
{
    public static DecodedLogs Decode(ReadOnlySpan<byte> request, TelemetryStores stores)
    {
        var decoded = new DecodedLogs([], []);
        foreach (var resourceLogs in Messages(request, 1))
        {
            ResourceLogs(resourceLogs, stores, decoded);
        }
        return decoded;
    }

    /// <summary>ResourceLogs: resource = 1, scope_logs = 2.</summary>
    private static void ResourceLogs(ReadOnlySpan<byte> message, TelemetryStores stores, DecodedLogs decoded)
    {
        var source = stores.Known(OtlpWireValues.Source(message));
        decoded.Sources.Add(source);
        foreach (var scopeLogs in Messages(message, 2))
        {
            ScopeLogs(scopeLogs, source, decoded.Entries);
        }
    }

    /// <summary>ScopeLogs: scope = 1, log_records = 2.</summary>
    private static void ScopeLogs(ReadOnlySpan<byte> message, TelemetrySource source, List<LogEntry> entries)
    {
        var scope = OtlpWireValues.Scope(message);
        foreach (var record in Messages(message, 2))
        {
            entries.Add(Record(record, source, scope));
        }
    }

    /// <summary>LogRecord: time 1, observed time 11, severity number 2 and text 3, body 5, attributes 6, trace id 9, span id 10, event name 12.</summary>
    private static LogEntry Record(ReadOnlySpan<byte> message, TelemetrySource source, string scope)
    {
        ulong time = 0, observed = 0;
        var severityNumber = 0;
        var (severityText, body, eventName) = ("", "", "");
        ReadOnlySpan<byte> traceId = default, spanId = default;
        var reader = new ProtoReader(message);
        while (reader.Next(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, Fixed64):
                    time = reader.ReadFixed64();
                    break;
                case (11, Fixed64):
                    observed = reader.ReadFixed64();
                    break;
                case (2, Varint):
                    severityNumber = (int)reader.ReadVarint();
                    break;
                case (3, Length):
                    severityText = OtlpWireValues.String(reader.ReadLength());
                    break;
                case (5, Length):
                    body = OtlpWireValues.Value(reader.ReadLength(), share: false);
                    break;
                case (9, Length):
                    traceId = reader.ReadLength();
                    break;
                case (10, Length):
                    spanId = reader.ReadLength();
                    break;
                case (12, Length):
                    eventName = OtlpWireValues.String(reader.ReadLength());
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
        return new LogEntry
        {
            Timestamp = OtlpValues.Time(time != 0 ? time : observed),
            Source = source,
            SeverityNumber = severityNumber,
            Level = OtlpLogIngestion.Level(severityNumber, severityText),
            Message = body,
            Attributes = OtlpWireValues.Attributes(message, 6),
            TraceId = traceId.Length == 16 ? SharedIds.Instance.Text(traceId) : null,
            SpanId = spanId.Length == 8 ? SharedIds.Instance.Text(spanId) : null,
            Scope = scope,
            EventName = eventName.Length == 0 ? null : eventName,
        };
    }
}
