using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Grpc.Telemetry;

/// <summary>
/// The names under which the runtime emits spans and metrics, for telemetry set-up to subscribe to:
/// <c>AddSource(GrpcTelemetry.ActivitySourceName)</c> and <c>AddMeter(GrpcTelemetry.MeterName)</c>.
/// </summary>
public static class GrpcTelemetry
{
    public const string ActivitySourceName = "Platform.Grpc";

    public const string MeterName = "Platform.Grpc";

    /// <summary>Histogram of server call durations in seconds (OpenTelemetry RPC semantic conventions).</summary>
    public const string ServerDurationInstrument = "rpc.server.call.duration";

    /// <summary>Histogram of client call durations in seconds.</summary>
    public const string ClientDurationInstrument = "rpc.client.call.duration";

    internal static readonly ActivitySource Source = new(ActivitySourceName, typeof(GrpcTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(MeterName, typeof(GrpcTelemetry).Assembly.GetName().Version?.ToString());

    private static readonly double[] DurationBuckets = [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    internal static readonly Histogram<double> ServerDuration = Meter.CreateHistogram(
        ServerDurationInstrument,
        unit: "s",
        description: "Duration of gRPC calls handled by this server.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    internal static readonly Histogram<double> ClientDuration = Meter.CreateHistogram(
        ClientDurationInstrument,
        unit: "s",
        description: "Duration of gRPC calls made by this client.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
}
