namespace Platform.Dashboard.Telemetry;

/// <summary>One instrument of one source: its description and its series by attribute set; locked by <see cref="MetricStore"/>.</summary>
internal sealed class MetricInstrument(TelemetrySource source, string scope)
{
    private readonly Dictionary<AttributeList, MetricSeries> _series = new(AttributeSetComparer.Instance);

    public TelemetrySource Source { get; } = source;

    public string Scope { get; } = scope;

    public InstrumentDescriptor? Descriptor { get; set; }

    public DateTimeOffset LastUpdated { get; set; }

    public int DroppedSeries { get; private set; }

    public MetricSeries? SeriesFor(AttributeList attributes, int maxPoints, int maxSeries)
    {
        if (_series.TryGetValue(attributes, out var series))
        {
            return series;
        }
        if (_series.Count >= maxSeries)
        {
            DroppedSeries++;
            return null;
        }
        series = new MetricSeries(attributes, maxPoints);
        _series[attributes] = series;
        return series;
    }

    public InstrumentSummary Summary() => new(Source, Scope, Descriptor!, _series.Count, LastUpdated);

    public IReadOnlyList<MetricSeriesView> Views() =>
        _series.Values.Select(s => s.View()).OrderBy(s => s.Attributes.ToString(), StringComparer.Ordinal).ToList();
}
