using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Metrics.V1;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>OTLP metric export requests into the metric store; histograms of either encoding become buckets.</summary>
internal static class OtlpMetricIngestion
{
    public static ExportMetricsServiceResponse Ingest(TelemetryStores stores, ExportMetricsServiceRequest request)
    {
        var rejected = 0L;
        var received = false;
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var source = stores.Seen(OtlpValues.Source(resourceMetrics.Resource));
            foreach (var scopeMetrics in resourceMetrics.ScopeMetrics)
            {
                var scope = OtlpValues.Scope(scopeMetrics.Scope);
                foreach (var metric in scopeMetrics.Metrics)
                {
                    if (Describe(metric) is not { } descriptor)
                    {
                        rejected++;
                        continue;
                    }
                    stores.Metrics.Add(source, scope, descriptor, Samples(metric));
                    received = true;
                }
            }
        }
        if (received)
        {
            stores.Changes.Notify(ChangeFeed.Metrics);
        }
        return new ExportMetricsServiceResponse
        {
            PartialSuccess = rejected == 0 ? null : new ExportMetricsPartialSuccess
            {
                RejectedDataPoints = rejected,
                ErrorMessage = "metrics need a name and data",
            },
        };
    }

    private static InstrumentDescriptor? Describe(Metric metric)
    {
        if (string.IsNullOrEmpty(metric.Name))
        {
            return null;
        }
        InstrumentDescriptor Make(MetricKind kind, AggregationTemporality temporality, bool monotonic = false) =>
            new(metric.Name, metric.Description, metric.Unit, kind, temporality == AggregationTemporality.Cumulative, monotonic);
        return metric.DataCase switch
        {
            Metric.DataOneofCase.Gauge => Make(MetricKind.Gauge, AggregationTemporality.Unspecified),
            Metric.DataOneofCase.Sum => Make(MetricKind.Sum, metric.Sum.AggregationTemporality, metric.Sum.IsMonotonic),
            Metric.DataOneofCase.Histogram => Make(MetricKind.Histogram, metric.Histogram.AggregationTemporality),
            Metric.DataOneofCase.ExponentialHistogram => Make(MetricKind.ExponentialHistogram, metric.ExponentialHistogram.AggregationTemporality),
            Metric.DataOneofCase.Summary => Make(MetricKind.Summary, AggregationTemporality.Cumulative),
            _ => null,
        };
    }

    private static IEnumerable<MetricSample> Samples(Metric metric) => metric.DataCase switch
    {
        Metric.DataOneofCase.Gauge => metric.Gauge.DataPoints.Select(Number),
        Metric.DataOneofCase.Sum => metric.Sum.DataPoints.Select(Number),
        Metric.DataOneofCase.Histogram => metric.Histogram.DataPoints.Select(Explicit),
        Metric.DataOneofCase.ExponentialHistogram => metric.ExponentialHistogram.DataPoints.Select(Exponential),
        Metric.DataOneofCase.Summary => metric.Summary.DataPoints.Select(Summary),
        _ => [],
    };

    private static MetricSample Number(NumberDataPoint point) => new(
        OtlpValues.Attributes(point.Attributes),
        OtlpValues.Time(point.TimeUnixNano),
        point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble);

    /// <summary>Bucket i holds (bounds[i-1], bounds[i]]; the first starts at -inf, the last ends at +inf.</summary>
    private static MetricSample Explicit(HistogramDataPoint point)
    {
        var bounds = point.ExplicitBounds;
        var buckets = point.BucketCounts.Select((count, i) => new HistogramBucket(
            i == 0 ? double.NegativeInfinity : bounds[Math.Min(i - 1, bounds.Count - 1)],
            i < bounds.Count ? bounds[i] : double.PositiveInfinity,
            count)).ToList();
        return Histogram(point.Attributes, point.TimeUnixNano, point.StartTimeUnixNano, buckets,
            point.HasSum ? point.Sum : null, point.HasMin ? point.Min : null, point.HasMax ? point.Max : null);
    }

    /// <summary>Index k covers (base^k, base^(k+1)] with base = 2^(2^-scale); negatives mirror; zero bucket in the middle.</summary>
    private static MetricSample Exponential(ExponentialHistogramDataPoint point)
    {
        var @base = Math.Pow(2, Math.Pow(2, -point.Scale));
        var buckets = new List<HistogramBucket>();
        if (point.Negative is { } negative)
        {
            for (var i = negative.BucketCounts.Count - 1; i >= 0; i--)
            {
                var k = negative.Offset + i;
                buckets.Add(new HistogramBucket(-Math.Pow(@base, k + 1), -Math.Pow(@base, k), negative.BucketCounts[i]));
            }
        }
        buckets.Add(new HistogramBucket(-point.ZeroThreshold, point.ZeroThreshold, point.ZeroCount));
        if (point.Positive is { } positive)
        {
            buckets.AddRange(positive.BucketCounts.Select((count, i) =>
                new HistogramBucket(Math.Pow(@base, positive.Offset + i), Math.Pow(@base, positive.Offset + i + 1), count)));
        }
        return Histogram(point.Attributes, point.TimeUnixNano, point.StartTimeUnixNano, buckets,
            point.HasSum ? point.Sum : null, point.HasMin ? point.Min : null, point.HasMax ? point.Max : null);
    }

    private static MetricSample Histogram(Google.Protobuf.Collections.RepeatedField<OpenTelemetry.Proto.Common.V1.KeyValue> attributes,
        ulong time, ulong start, IReadOnlyList<HistogramBucket> buckets, double? sum, double? min, double? max)
    {
        var timestamp = OtlpValues.Time(time);
        var sample = new HistogramSample(timestamp, start == 0 ? DateTimeOffset.MinValue : OtlpValues.Time(start), buckets, sum, min, max);
        return new MetricSample(OtlpValues.Attributes(attributes), timestamp, Histogram: sample);
    }

    /// <summary>Summaries already carry quantiles; the nearest reported ones stand for p50/p90/p99.</summary>
    private static MetricSample Summary(SummaryDataPoint point)
    {
        double? Nearest(double q) => point.QuantileValues.Count == 0
            ? null
            : point.QuantileValues.MinBy(v => Math.Abs(v.Quantile - q))!.Value;
        var time = OtlpValues.Time(point.TimeUnixNano);
        return new MetricSample(OtlpValues.Attributes(point.Attributes), time,
            Point: new MetricPoint(time, null, point.Count, point.Sum, Nearest(0.5), Nearest(0.9), Nearest(0.99)));
    }
}
