namespace Platform.Dashboard.Telemetry;

/// <summary>
/// The most recent traces (10,000 by default), spans grouped by trace id as they arrive from any service. When full,
/// the trace that was started longest ago is dropped. Each trace keeps at most <c>maxSpansPerTrace</c> spans.
/// </summary>
public sealed class TraceStore(int maxTraces, int maxSpansPerTrace)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, TraceRecord> _traces = [];
    private readonly LinkedList<string> _arrivalOrder = new();

    public int Capacity => maxTraces;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _traces.Count;
            }
        }
    }

    public void Add(IEnumerable<SpanRecord> spans)
    {
        lock (_gate)
        {
            foreach (var span in spans)
            {
                if (!_traces.TryGetValue(span.TraceId, out var trace))
                {
                    trace = new TraceRecord(span.TraceId);
                    _traces[span.TraceId] = trace;
                    _arrivalOrder.AddLast(span.TraceId);
                    EvictOverCapacity();
                }
                trace.Add(span, maxSpansPerTrace);
            }
        }
    }

    /// <summary>The most recently arrived matching traces, at most <paramref name="limit"/>, latest start first.</summary>
    public IReadOnlyList<TraceSummary> Query(TraceFilter filter, int limit)
    {
        lock (_gate)
        {
            var matches = new List<TraceSummary>();
            for (var node = _arrivalOrder.Last; node is not null && matches.Count < limit; node = node.Previous)
            {
                var trace = _traces[node.Value];
                if (trace.Matches(filter))
                {
                    matches.Add(trace.Summarize());
                }
            }
            return matches.OrderByDescending(t => t.Start).ToList();
        }
    }

    public TraceDetail? Get(string traceId)
    {
        lock (_gate)
        {
            return _traces.TryGetValue(traceId.ToLowerInvariant(), out var trace) ? trace.Detail() : null;
        }
    }

    private void EvictOverCapacity()
    {
        while (_traces.Count > maxTraces && _arrivalOrder.First is { } oldest)
        {
            _arrivalOrder.RemoveFirst();
            _traces.Remove(oldest.Value);
        }
    }
}
