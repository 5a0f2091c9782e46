using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Redis;

/// <summary>
/// The names under which the client reports spans and metrics. Spans are client spans, one per command, tagged
/// with <c>db.system</c>=redis, the command name and the server endpoint; never with keys or values.
/// </summary>
public static class RedisTelemetry
{
    /// <summary>The ActivitySource name to register with OpenTelemetry tracing.</summary>
    public const string ActivitySourceName = "Platform.Redis";

    /// <summary>The Meter name to register with OpenTelemetry metrics.</summary>
    public const string MeterName = "Platform.Redis";

    /// <summary>The histogram of command durations, in seconds (OpenTelemetry database semantic conventions).</summary>
    public const string OperationDurationInstrument = "db.client.operation.duration";

    internal static readonly ActivitySource Source = new(ActivitySourceName);

    internal static readonly Meter Meter = new(MeterName);

    internal static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        OperationDurationInstrument,
        unit: "s",
        description: "Duration of Redis commands, from submission to reply.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5] });
}
