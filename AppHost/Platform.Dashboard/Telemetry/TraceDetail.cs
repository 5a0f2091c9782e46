namespace Platform.Dashboard.Telemetry;

/// <summary>A whole trace laid out for a waterfall: spans in tree order, each with its depth.</summary>
public sealed record TraceDetail(TraceSummary Summary, IReadOnlyList<WaterfallSpan> Spans)
{
    public DateTimeOffset Start => Summary.Start;

    public TimeSpan Duration => Summary.Duration;
}
