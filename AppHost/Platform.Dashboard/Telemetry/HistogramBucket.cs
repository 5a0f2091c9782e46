namespace Platform.Dashboard.Telemetry;

/// <summary>Observations between two bounds (either may be infinite).</summary>
public readonly record struct HistogramBucket(double Lower, double Upper, ulong Count);
