namespace Platform.Dashboard.Telemetry;

/// <summary>A row of the traces list.</summary>
public sealed record TraceSummary(
    string TraceId,
    string Name,
    TelemetrySource RootSource,
    DateTimeOffset Start,
    TimeSpan Duration,
    int SpanCount,
    int ErrorCount,
    IReadOnlyList<string> Services);
