namespace Platform.Dashboard.Telemetry;

/// <summary>
/// Metrics as bounded time series: per source, instrument and attribute set, the last <c>maxPointsPerSeries</c>
/// points. An instrument keeps at most <c>maxSeriesPerInstrument</c> attribute sets; later ones are counted, not kept.
/// </summary>
public sealed class MetricStore(int maxPointsPerSeries, int maxSeriesPerInstrument)
{
    private readonly object _gate = new();
    private readonly Dictionary<(TelemetrySource Source, string Scope, string Name), MetricInstrument> _instruments = [];

    public void Add(TelemetrySource source, string scope, InstrumentDescriptor descriptor, IEnumerable<MetricSample> samples)
    {
        lock (_gate)
        {
            var key = (source, scope, descriptor.Name);
            if (!_instruments.TryGetValue(key, out var instrument))
            {
                instrument = new MetricInstrument(source, scope);
                _instruments[key] = instrument;
            }
            instrument.Descriptor = descriptor;
            foreach (var sample in samples)
            {
                var series = instrument.SeriesFor(sample.Attributes, maxPointsPerSeries, maxSeriesPerInstrument);
                if (series is null)
                {
                    continue;
                }
                if (sample.Histogram is not null)
                {
                    series.AddHistogram(sample.Histogram);
                }
                else if (sample.Point is not null)
                {
                    series.AddPoint(sample.Point);
                }
                else if (sample.Value is double value)
                {
                    series.AddValue(sample.Time, value);
                }
                instrument.LastUpdated = sample.Time > instrument.LastUpdated ? sample.Time : instrument.LastUpdated;
            }
        }
    }

    /// <summary>Instruments of one source (or all), by meter then name.</summary>
    public IReadOnlyList<InstrumentSummary> ListInstruments(TelemetrySource? source = null)
    {
        lock (_gate)
        {
            return _instruments.Values
                .Where(i => source is null || i.Source == source)
                .Select(i => i.Summary())
                .OrderBy(i => i.Scope, StringComparer.Ordinal)
                .ThenBy(i => i.Name, StringComparer.Ordinal)
                .ToList();
        }
    }

    public InstrumentView? Get(TelemetrySource source, string name)
    {
        lock (_gate)
        {
            var instrument = _instruments.Values.FirstOrDefault(i => i.Source == source && i.Descriptor?.Name == name);
            return instrument is null ? null : new InstrumentView(instrument.Summary(), instrument.Views());
        }
    }
}
