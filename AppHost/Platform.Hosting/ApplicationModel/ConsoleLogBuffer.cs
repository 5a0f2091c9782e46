namespace Aspire.Hosting.ApplicationModel;

/// <summary>One replica's console lines: numbered, timestamped, the oldest dropped beyond the capacity.</summary>
internal sealed class ConsoleLogBuffer(int capacity)
{
    private readonly Queue<ConsoleLogLine> _lines = new();
    private long _lastNumber;

    public void Add(string text, bool isErrorStream)
    {
        lock (_lines)
        {
            _lines.Enqueue(new ConsoleLogLine(++_lastNumber, DateTimeOffset.UtcNow, text, isErrorStream));
            while (_lines.Count > capacity)
            {
                _lines.Dequeue();
            }
        }
    }

    public IReadOnlyList<ConsoleLogLine> Snapshot(long afterLine)
    {
        lock (_lines)
        {
            return _lines.Where(l => l.LineNumber > afterLine).ToList();
        }
    }
}
