namespace Platform.Dashboard.Telemetry;

/// <summary>
/// Metrics as bounded time series: per source, instrument and attribute set, the last <c>maxPointsPerSeries</c>
/// points. An instrument keeps at most <c>maxSeriesPerInstrument</c> attribute sets; later ones are counted, not kept.
/// </summary>
public sealed class MetricStore(int maxPointsPerSeries, int maxSeriesPerInstrument)
{
    private readonly object _gate = new();
    private readonly Dictionary<(TelemetrySource Source, string Scope, string Name), Instrument> _instruments = [];

    public void Add(TelemetrySource source, string scope, InstrumentDescriptor descriptor, IEnumerable<MetricSample> samples)
    {
        lock (_gate)
        {
            var key = (source, scope, descriptor.Name);
            if (!_instruments.TryGetValue(key, out var instrument))
            {
                instrument = new Instrument(source, scope);
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

    private sealed class Instrument(TelemetrySource source, string scope)
    {
        private readonly Dictionary<string, MetricSeries> _series = [];

        public TelemetrySource Source { get; } = source;

        public string Scope { get; } = scope;

        public InstrumentDescriptor? Descriptor { get; set; }

        public DateTimeOffset LastUpdated { get; set; }

        public int DroppedSeries { get; private set; }

        public MetricSeries? SeriesFor(AttributeList attributes, int maxPoints, int maxSeries)
        {
            var key = attributes.Key;
            if (_series.TryGetValue(key, out var series))
            {
                return series;
            }
            if (_series.Count >= maxSeries)
            {
                DroppedSeries++;
                return null;
            }
            series = new MetricSeries(attributes, maxPoints);
            _series[key] = series;
            return series;
        }

        public InstrumentSummary Summary() => new(Source, Scope, Descriptor!, _series.Count, LastUpdated);

        public IReadOnlyList<MetricSeriesView> Views() =>
            _series.Values.Select(s => s.View()).OrderBy(s => s.Attributes.ToString(), StringComparer.Ordinal).ToList();
    }
}
