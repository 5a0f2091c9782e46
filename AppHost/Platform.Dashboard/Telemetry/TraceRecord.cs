namespace Platform.Dashboard.Telemetry;

/// <summary>The spans of one trace received so far; owned and locked by <see cref="TraceStore"/>.</summary>
internal sealed class TraceRecord(string traceId)
{
    private readonly Dictionary<string, SpanRecord> _spans = [];

    public string TraceId { get; } = traceId;

    public int DroppedSpans { get; private set; }

    public int Count => _spans.Count;

    public void Add(SpanRecord span, int maxSpans)
    {
        if (_spans.Count >= maxSpans && !_spans.ContainsKey(span.SpanId))
        {
            DroppedSpans++;
            return;
        }
        _spans[span.SpanId] = span;
    }

    public bool Matches(TraceFilter filter) =>
        (string.IsNullOrEmpty(filter.Resource) || _spans.Values.Any(s => s.Source.Matches(filter.Resource))) &&
        (!filter.ErrorsOnly || _spans.Values.Any(s => s.IsError)) &&
        (string.IsNullOrEmpty(filter.Text) || TraceId.StartsWith(filter.Text, StringComparison.OrdinalIgnoreCase) ||
         _spans.Values.Any(s => s.Name.Contains(filter.Text, StringComparison.OrdinalIgnoreCase) || s.Attributes.ContainsText(filter.Text)));

    public TraceSummary Summarize()
    {
        var spans = _spans.Values;
        var root = Roots().First();
        var start = spans.Min(s => s.Start);
        var end = spans.Max(s => s.End);
        return new TraceSummary(
            TraceId,
            root.Name,
            root.Source,
            start,
            end > start ? end - start : TimeSpan.Zero,
            spans.Count,
            spans.Count(s => s.IsError),
            spans.Select(s => s.Source.ServiceName).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Depth-first from the roots, children by start time: the order of a waterfall.</summary>
    public TraceDetail Detail()
    {
        var summary = Summarize();
        var children = _spans.Values
            .Where(s => s.ParentSpanId is not null && _spans.ContainsKey(s.ParentSpanId))
            .GroupBy(s => s.ParentSpanId!)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Start).ToList());
        var ordered = new List<WaterfallSpan>(_spans.Count);
        void Visit(SpanRecord span, int depth)
        {
            var missingParent = span.ParentSpanId is not null && !_spans.ContainsKey(span.ParentSpanId);
            ordered.Add(new WaterfallSpan(span, depth, span.Start - summary.Start, missingParent));
            foreach (var child in children.GetValueOrDefault(span.SpanId) ?? [])
            {
                Visit(child, depth + 1);
            }
        }
        foreach (var root in Roots())
        {
            Visit(root, 0);
        }
        return new TraceDetail(summary, ordered);
    }

    /// <summary>Spans without a parent in this trace (the true root, or orphans whose parent has not arrived), earliest first.</summary>
    private IEnumerable<SpanRecord> Roots() =>
        _spans.Values
            .Where(s => s.ParentSpanId is null || !_spans.ContainsKey(s.ParentSpanId))
            .OrderBy(s => s.ParentSpanId is null ? 0 : 1)
            .ThenBy(s => s.Start);
}
