namespace Platform.Dashboard.Telemetry;

/// <summary>The most recent structured logs (10,000 by default); the oldest are dropped first.</summary>
public sealed class LogStore(int capacity)
{
    private readonly BoundedBuffer<LogEntry> _entries = new(capacity);
    private long _sequence;

    public int Capacity => _entries.Capacity;

    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    public void Add(IEnumerable<LogEntry> entries)
    {
        lock (_entries)
        {
            foreach (var entry in entries.OrderBy(e => e.Timestamp))
            {
                _entries.Add(entry with { Sequence = ++_sequence });
            }
        }
    }

    /// <summary>Matching entries, newest first, at most <paramref name="limit"/>; and how many matched in all.</summary>
    public (IReadOnlyList<LogEntry> Entries, int TotalMatches) Query(LogFilter filter, int limit)
    {
        lock (_entries)
        {
            var matches = _entries.Newest().Where(filter.Matches).ToList();
            return (matches.Take(limit).ToList(), matches.Count);
        }
    }
}
