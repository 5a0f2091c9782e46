using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>What a trace export request holds for the dashboard: its valid spans, how many were not, and who sent them.</summary>
internal sealed record DecodedSpans(List<SpanRecord> Accepted, long Rejected, List<TelemetrySource> Sources);
