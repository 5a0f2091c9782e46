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

    /// <summary>Adds entries oldest first. A new entry is numbered in place; one already numbered is copied.</summary>
    public void Add(IEnumerable<LogEntry> entries)
    {
        var ordered = entries as IReadOnlyList<LogEntry> ?? entries.ToList();
        if (!IsInTimeOrder(ordered))
        {
            ordered = ordered.OrderBy(e => e.Timestamp).ToList();
        }
        lock (_entries)
        {
            foreach (var entry in ordered)
            {
                var kept = entry.Sequence == 0 ? entry : entry with { };
                kept.Sequence = ++_sequence;
                _entries.Add(kept);
            }
        }
    }

    private static bool IsInTimeOrder(IReadOnlyList<LogEntry> entries)
    {
        for (var i = 1; i < entries.Count; i++)
        {
            if (entries[i].Timestamp < entries[i - 1].Timestamp)
            {
                return false;
            }
        }
        return true;
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
