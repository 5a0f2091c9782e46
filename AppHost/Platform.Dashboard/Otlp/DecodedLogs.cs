using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>What a log export request holds for the dashboard: its entries and who sent them.</summary>
internal sealed record DecodedLogs(List<LogEntry> Entries, List<TelemetrySource> Sources);
