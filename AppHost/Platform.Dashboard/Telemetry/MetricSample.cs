namespace Platform.Dashboard.Telemetry;

/// <summary>One received data point, before it joins its series.</summary>
public sealed record MetricSample(AttributeList Attributes, DateTimeOffset Time, double? Value = null,
    HistogramSample? Histogram = null, MetricPoint? Point = null);
