namespace Platform.Dashboard.Telemetry;

/// <summary>
/// One point of a series. Gauges and sums carry <see cref="Value"/>; distributions carry the number of
/// observations since the previous point and their percentiles (null when there were none).
/// </summary>
public sealed record MetricPoint(DateTimeOffset Time, double? Value, ulong? Count = null, double? Sum = null,
    double? P50 = null, double? P90 = null, double? P99 = null);
