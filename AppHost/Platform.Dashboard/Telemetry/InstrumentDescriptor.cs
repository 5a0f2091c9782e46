namespace Platform.Dashboard.Telemetry;

/// <summary>What an instrument is, as its OTLP metric describes it.</summary>
public sealed record InstrumentDescriptor(string Name, string Description, string Unit, MetricKind Kind, bool IsCumulative, bool IsMonotonic)
{
    public bool IsDistribution => Kind is MetricKind.Histogram or MetricKind.ExponentialHistogram or MetricKind.Summary;
}
