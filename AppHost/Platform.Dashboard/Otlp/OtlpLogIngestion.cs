using Microsoft.Extensions.Logging;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Logs.V1;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>OTLP log export requests into the log store.</summary>
internal static class OtlpLogIngestion
{
    public static ExportLogsServiceResponse Ingest(TelemetryStores stores, ExportLogsServiceRequest request)
    {
        var entries = new List<LogEntry>(request.ResourceLogs.Sum(r => r.ScopeLogs.Sum(s => s.LogRecords.Count)));
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var source = stores.Seen(OtlpValues.Source(resourceLogs.Resource));
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                var scope = OtlpValues.Scope(scopeLogs.Scope);
                foreach (var record in scopeLogs.LogRecords)
                {
                    entries.Add(Convert(record, source, scope));
                }
            }
        }
        stores.Logs.Add(entries);
        if (entries.Count > 0)
        {
            stores.Changes.Notify(ChangeFeed.Logs);
        }
        return new ExportLogsServiceResponse();
    }

    private static LogEntry Convert(LogRecord record, TelemetrySource source, string scope) => new()
    {
        Timestamp = OtlpValues.Time(record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano),
        Source = source,
        SeverityNumber = (int)record.SeverityNumber,
        Level = Level((int)record.SeverityNumber, record.SeverityText),
        Message = OtlpValues.Format(record.Body),
        Attributes = OtlpValues.Attributes(record.Attributes),
        TraceId = record.TraceId.Length == 16 ? SharedIds.Instance.Text(record.TraceId) : null,
        SpanId = record.SpanId.Length == 8 ? SharedIds.Instance.Text(record.SpanId) : null,
        Scope = scope,
        EventName = string.IsNullOrEmpty(record.EventName) ? null : SharedStrings.Instance.Share(record.EventName),
    };

    /// <summary>Severity numbers come in fours (TRACE 1-4 ... FATAL 21-24); without one, the text decides.</summary>
    public static LogLevel Level(int severityNumber, string severityText) => severityNumber switch
    {
        >= 1 and <= 4 => LogLevel.Trace,
        >= 5 and <= 8 => LogLevel.Debug,
        >= 9 and <= 12 => LogLevel.Information,
        >= 13 and <= 16 => LogLevel.Warning,
        >= 17 and <= 20 => LogLevel.Error,
        >= 21 and <= 24 => LogLevel.Critical,
        _ => severityText.ToUpperInvariant() switch
        {
            "TRACE" => LogLevel.Trace,
            "DEBUG" => LogLevel.Debug,
            "WARN" or "WARNING" => LogLevel.Warning,
            "ERROR" => LogLevel.Error,
            "FATAL" or "CRITICAL" => LogLevel.Critical,
            _ => LogLevel.Information,
        },
    };
}
