using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Logs.V1;

namespace Platform.Bench.OtlpIngest;

/// <summary>Log records shaped like the services' own (ILogger through the OTLP exporter): a category as scope, a formatted message, its template's values as attributes, the trace and span they were written in.</summary>
internal static class LogFactory
{
    public const int LogsPerServicePerTrace = 2;

    public static IEnumerable<(string Scope, LogRecord Record)> ForTrace(long trace, int service)
    {
        var shape = ServiceShape.All[service];
        var time = (ulong)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000L);
        var withdrawal = $"w_{trace:x12}";
        var category = $"Platform.{char.ToUpperInvariant(shape.Name[0])}{shape.Name[1..]}.Requests";
        yield return (category, Record(trace, service, time, SeverityNumber.Info, $"Withdrawal {withdrawal} moved to verified",
            SpanFactory.Text("WithdrawalId", withdrawal),
            SpanFactory.Text("Status", "verified"),
            SpanFactory.Text("{OriginalFormat}", "Withdrawal {WithdrawalId} moved to {Status}")));
        yield return (category, Record(trace, service, time + 150_000, SeverityNumber.Info, $"Request finished in {1.5 + trace % 7:0.0} ms with 200",
            SpanFactory.Number("StatusCode", 200),
            SpanFactory.Text("ElapsedMilliseconds", $"{1.5 + trace % 7:0.0}"),
            SpanFactory.Text("{OriginalFormat}", "Request finished in {ElapsedMilliseconds} ms with {StatusCode}")));
    }

    private static LogRecord Record(long trace, int service, ulong time, SeverityNumber severity, string message, params KeyValue[] attributes)
    {
        var record = new LogRecord
        {
            TimeUnixNano = time,
            ObservedTimeUnixNano = time,
            SeverityNumber = severity,
            SeverityText = "Information",
            Body = new AnyValue { StringValue = message },
            TraceId = Ids.Trace(trace),
            SpanId = Ids.Span(trace, service, 0),
            Flags = 1,
        };
        record.Attributes.Add(attributes);
        return record;
    }
}
