using System.Collections.Concurrent;
using Platform.Gateway.Client;

namespace Platform.Bench.Withdrawals;

/// <summary>Every request's latency by step, and every non-2xx answer, while recording is on.</summary>
public sealed class StepLatencies : IRequestObserver
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _milliseconds = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();

    public volatile bool Recording;

    public void Completed(string step, TimeSpan elapsed, int status)
    {
        if (!Recording) return;
        _milliseconds.GetOrAdd(step, _ => new ConcurrentQueue<double>()).Enqueue(elapsed.TotalMilliseconds);
        if (status is < 200 or >= 300) _errors.AddOrUpdate($"{step} → {status}", 1, (_, count) => count + 1);
    }

    public IReadOnlyDictionary<string, double[]> Samples =>
        _milliseconds.ToDictionary(pair => pair.Key, pair => pair.Value.Order().ToArray());

    public IReadOnlyDictionary<string, int> Errors => _errors;

    public static double Percentile(double[] sorted, double percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
