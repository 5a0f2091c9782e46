namespace Platform.Dashboard.Telemetry;

/// <summary>The points of one attribute set of an instrument, bounded; owned and locked by <see cref="MetricStore"/>.</summary>
internal sealed class MetricSeries(AttributeList attributes, int capacity)
{
    private readonly BoundedBuffer<MetricPoint> _points = new(capacity);
    private HistogramSample? _previous;

    public AttributeList Attributes { get; } = attributes;

    public void AddValue(DateTimeOffset time, double value) => _points.Add(new MetricPoint(time, value));

    public void AddHistogram(HistogramSample sample)
    {
        var interval = sample.Since(_previous);
        _previous = sample;
        _points.Add(new MetricPoint(sample.Time, null, interval.Count, interval.Sum,
            interval.Quantile(0.50), interval.Quantile(0.90), interval.Quantile(0.99)));
    }

    public void AddPoint(MetricPoint point) => _points.Add(point);

    public MetricSeriesView View() => new(Attributes, _points.ToList());
}
