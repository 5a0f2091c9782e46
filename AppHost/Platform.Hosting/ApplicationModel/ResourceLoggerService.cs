using System.Collections.Concurrent;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// The console output of every replica, line by line, kept in a bounded buffer per replica (oldest lines drop
/// first). Survives restarts, so the output that led to a crash stays visible.
/// </summary>
public sealed class ResourceLoggerService(int maxLinesPerInstance = 10_000)
{
    private readonly ConcurrentDictionary<string, ConsoleLogBuffer> _logs = new();

    /// <summary>Raised with the instance name after lines are added.</summary>
    public event Action<string>? LinesAdded;

    public void Write(string instanceName, string text, bool isErrorStream)
    {
        var log = _logs.GetOrAdd(instanceName, _ => new ConsoleLogBuffer(maxLinesPerInstance));
        log.Add(text, isErrorStream);
        LinesAdded?.Invoke(instanceName);
    }

    /// <summary>The buffered lines of a replica, oldest first, optionally only those after <paramref name="afterLine"/>.</summary>
    public IReadOnlyList<ConsoleLogLine> GetLines(string instanceName, long afterLine = 0) =>
        _logs.TryGetValue(instanceName, out var log) ? log.Snapshot(afterLine) : [];
}
