namespace Platform.Dashboard.Telemetry;

/// <summary>A histogram data point as buckets, whatever its OTLP encoding (explicit bounds or exponential).</summary>
public sealed record HistogramSample(DateTimeOffset Time, DateTimeOffset StartTime, IReadOnlyList<HistogramBucket> Buckets,
    double? Sum, double? Min, double? Max)
{
    public ulong Count
    {
        get
        {
            var total = 0UL;
            foreach (var bucket in Buckets)
            {
                total += bucket.Count;
            }
            return total;
        }
    }

    /// <summary>
    /// The observations made after <paramref name="previous"/>: for cumulative points of the same series and
    /// layout, bucket by bucket differences; otherwise (first point, reset, delta temporality) this point itself.
    /// </summary>
    public HistogramSample Since(HistogramSample? previous)
    {
        if (previous is null || previous.StartTime != StartTime || previous.Buckets.Count != Buckets.Count)
        {
            return this;
        }
        var buckets = new HistogramBucket[Buckets.Count];
        for (var i = 0; i < buckets.Length; i++)
        {
            var (current, before) = (Buckets[i], previous.Buckets[i]);
            if (current.Lower != before.Lower || current.Upper != before.Upper || current.Count < before.Count)
            {
                return this;
            }
            buckets[i] = current with { Count = current.Count - before.Count };
        }
        return this with { Buckets = buckets, Sum = Sum - previous.Sum };
    }

    /// <summary>The q-quantile (0..1) by linear interpolation inside the bucket that holds it; null without observations.</summary>
    public double? Quantile(double q)
    {
        var total = Count;
        if (total == 0)
        {
            return null;
        }
        var rank = q * total;
        var seen = 0UL;
        foreach (var bucket in Buckets)
        {
            if (bucket.Count == 0)
            {
                continue;
            }
            if (seen + bucket.Count >= rank)
            {
                var lower = double.IsNegativeInfinity(bucket.Lower) ? Min ?? Math.Min(0, bucket.Upper) : bucket.Lower;
                var upper = double.IsPositiveInfinity(bucket.Upper) ? Max ?? lower : bucket.Upper;
                var value = lower + (upper - lower) * ((rank - seen) / bucket.Count);
                return Math.Clamp(value, Math.Min(lower, upper), Math.Max(lower, upper));
            }
            seen += bucket.Count;
        }
        return Max;
    }
}
