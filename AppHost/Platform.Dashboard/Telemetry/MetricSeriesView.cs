namespace Platform.Dashboard.Telemetry;

public sealed record MetricSeriesView(AttributeList Attributes, IReadOnlyList<MetricPoint> Points);
