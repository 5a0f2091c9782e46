using Microsoft.Extensions.Logging;
using Platform.Dashboard.Telemetry;

namespace AppHost.Tests.Dashboard;

public sealed class TelemetryStoreTests
{
    private static readonly TelemetrySource Api = new("api", "api-0");
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_log_store_keeps_the_latest_entries_and_filters_them()
    {
        var store = new LogStore(capacity: 3);
        store.Add(Enumerable.Range(1, 5).Select(i => Log(i, i % 2 == 0 ? LogLevel.Error : LogLevel.Information)));

        var (all, total) = store.Query(new LogFilter(), 10);
        Assert.Equal(["m5", "m4", "m3"], all.Select(e => e.Message));
        Assert.Equal(3, total);
        Assert.Equal(new[] { "m4" }, store.Query(new LogFilter(MinimumLevel: LogLevel.Warning), 10).Entries.Select(e => e.Message));
        Assert.Equal(new[] { "m3" }, store.Query(new LogFilter("api-0", Text: "M3"), 10).Entries.Select(e => e.Message));
        Assert.Empty(store.Query(new LogFilter("other"), 10).Entries);
    }

    [Fact]
    public void The_trace_store_groups_spans_evicts_the_oldest_trace_and_orders_the_waterfall()
    {
        var store = new TraceStore(maxTraces: 2, maxSpansPerTrace: 10);
        store.Add([Span("t1", "root", null, 0, 100), Span("t1", "child-b", "root", 50, 60), Span("t1", "child-a", "root", 10, 40), Span("t1", "grandchild", "child-a", 15, 20)]);
        store.Add([Span("t2", "root", null, 0, 1)]);

        var detail = store.Get("t1")!;
        Assert.Equal(new[] { ("root", 0), ("child-a", 1), ("grandchild", 2), ("child-b", 1) }, detail.Spans.Select(s => (s.Span.SpanId, s.Depth)));
        Assert.Equal(TimeSpan.FromMilliseconds(100), detail.Duration);

        store.Add([Span("t3", "root", null, 0, 1)]);
        Assert.Null(store.Get("t1"));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public void A_span_whose_parent_has_not_arrived_is_shown_as_an_orphan_root()
    {
        var store = new TraceStore(10, 10);
        store.Add([Span("t", "late-child", "missing", 5, 6)]);
        var span = Assert.Single(store.Get("t")!.Spans);
        Assert.True(span.HasMissingParent);
    }

    [Fact]
    public void Histogram_percentiles_come_from_the_buckets_of_each_interval()
    {
        // Bounds 10, 20: buckets (-inf,10] (10,20] (20,+inf).
        var first = Histogram(T0, [0, 10, 0], max: 20);
        var second = Histogram(T0.AddSeconds(1), [0, 10, 10], max: 40);

        Assert.Equal(15d, first.Quantile(0.5));
        var interval = second.Since(first);
        Assert.Equal(10UL, interval.Count);
        Assert.Equal(30d, interval.Quantile(0.5)!.Value, 6); // halfway through (20, max 40]
        Assert.Null(second.Since(second).Quantile(0.5));
    }

    [Fact]
    public void Metric_series_keep_a_bounded_number_of_points_and_series()
    {
        var store = new MetricStore(maxPointsPerSeries: 2, maxSeriesPerInstrument: 1);
        var gauge = new InstrumentDescriptor("queue", "", "", MetricKind.Gauge, false, false);
        var empty = AttributeList.Empty;
        store.Add(Api, "meter", gauge, [new MetricSample(empty, T0, 1), new MetricSample(empty, T0.AddSeconds(1), 2), new MetricSample(empty, T0.AddSeconds(2), 3)]);
        store.Add(Api, "meter", gauge, [new MetricSample(new AttributeList([new("k", "v")]), T0, 9)]);

        var series = Assert.Single(store.Get(Api, "queue")!.Series);
        Assert.Equal(new double?[] { 2, 3 }, series.Points.Select(p => p.Value));
    }

    private static LogEntry Log(int i, LogLevel level) =>
        new() { Timestamp = T0.AddSeconds(i), Source = Api, Level = level, Message = $"m{i}" };

    private static SpanRecord Span(string trace, string id, string? parent, int startMs, int endMs) => new()
    {
        TraceId = trace,
        SpanId = id,
        ParentSpanId = parent,
        Name = id,
        Start = T0.AddMilliseconds(startMs),
        End = T0.AddMilliseconds(endMs),
        Source = Api,
    };

    private static HistogramSample Histogram(DateTimeOffset time, ulong[] counts, double max) =>
        new(time, T0, [new(double.NegativeInfinity, 10, counts[0]), new(10, 20, counts[1]), new(20, double.PositiveInfinity, counts[2])], null, 0, max);
}
