using System.Collections.Concurrent;

namespace Platform.Dashboard.Telemetry;

/// <summary>Everything received over OTLP, and which sources sent it.</summary>
public sealed class TelemetryStores(DashboardOptions options, ChangeFeed changes)
{
    private readonly ConcurrentDictionary<TelemetrySource, TelemetrySource> _sources = new();

    public LogStore Logs { get; } = new(options.MaxLogEntries);

    public TraceStore Traces { get; } = new(options.MaxTraces, options.MaxSpansPerTrace);

    public MetricStore Metrics { get; } = new(options.MaxPointsPerSeries, options.MaxSeriesPerInstrument);

    public ChangeFeed Changes { get; } = changes;

    /// <summary>Every source seen so far, by service then instance.</summary>
    public IReadOnlyList<TelemetrySource> Sources =>
        _sources.Keys.OrderBy(s => s.ServiceName, StringComparer.Ordinal).ThenBy(s => s.InstanceId, StringComparer.Ordinal).ToList();

    /// <summary>Service names, plus the instance ids of services that have several instances: the values a resource filter offers.</summary>
    public IReadOnlyList<string> ResourceFilterValues()
    {
        var sources = Sources;
        return sources.GroupBy(s => s.ServiceName)
            .SelectMany(g => g.Count() > 1 ? g.Select(s => s.InstanceId).Prepend(g.Key) : [g.Key])
            .ToList();
    }

    /// <summary>The instance already recorded for this source, or this one.</summary>
    internal TelemetrySource Known(TelemetrySource source) => _sources.TryGetValue(source, out var known) ? known : source;

    /// <summary>Records a source and returns its first instance, so records of one source share it.</summary>
    internal TelemetrySource Seen(TelemetrySource source) => _sources.GetOrAdd(source, source);
}
