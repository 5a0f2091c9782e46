using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AppHost.TestService;

/// <summary>The test service's own instrumentation; named "Platform.*" so the service defaults export it.</summary>
public sealed class WorkTelemetry : IDisposable
{
    public const string Name = "Platform.TestService";

    private readonly Meter _meter = new(Name);

    public WorkTelemetry()
    {
        WorkDone = _meter.CreateCounter<long>("testservice.work.count", description: "Units of work done");
        WorkDuration = _meter.CreateHistogram<double>("testservice.work.duration", unit: "ms", description: "How long a unit of work took");
    }

    public ActivitySource Source { get; } = new(Name);

    public Counter<long> WorkDone { get; }

    public Histogram<double> WorkDuration { get; }

    public void Dispose()
    {
        Source.Dispose();
        _meter.Dispose();
    }
}
