namespace Platform.Dashboard.Telemetry;

public sealed record InstrumentView(InstrumentSummary Summary, IReadOnlyList<MetricSeriesView> Series);
