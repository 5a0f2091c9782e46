using System.Diagnostics;

namespace RedisBench;

/// <summary>Counts latencies in 10 µs buckets up to 1 s (one per worker, merged at the end) to report percentiles.</summary>
internal sealed class LatencyHistogram
{
    private const int Buckets = 100_000;
    private const double MicrosecondsPerBucket = 10;
    private readonly int[] _counts = new int[Buckets];

    public long Count { get; private set; }

    public void Record(long startTimestamp)
    {
        RecordMicroseconds(Stopwatch.GetElapsedTime(startTimestamp).TotalMicroseconds);
    }

    public void RecordMicroseconds(double micros)
    {
        _counts[(int)Math.Clamp(micros / MicrosecondsPerBucket, 0, Buckets - 1)]++;
        Count++;
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < Buckets; i++)
        {
            _counts[i] += other._counts[i];
        }
        Count += other.Count;
    }

    /// <summary>The latency in milliseconds below which <paramref name="percentile"/> percent of samples fall.</summary>
    public double PercentileMs(double percentile)
    {
        var target = (long)Math.Ceiling(Count * percentile / 100.0);
        long seen = 0;
        for (var i = 0; i < Buckets; i++)
        {
            seen += _counts[i];
            if (seen >= target && seen > 0)
            {
                return (i + 1) * MicrosecondsPerBucket / 1000.0;
            }
        }
        return double.NaN;
    }
}
