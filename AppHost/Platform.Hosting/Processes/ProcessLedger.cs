using System.Globalization;

namespace Platform.Hosting.Processes;

/// <summary>
/// A file listing the processes this app host is running ("pid start-time" per line). An app host that dies
/// without stopping them (SIGKILL, out of memory) leaves the file behind, and the next app host using the same data
/// directory kills those processes before starting anything: a stray redis-server must not share the data
/// directory with a new one. The start time (from /proc) keeps a reused pid from being mistaken for ours.
/// </summary>
internal sealed class ProcessLedger(string path)
{
    private readonly Dictionary<int, string> _running = [];

    /// <summary>Kills the process groups a previous app host recorded and that still run; returns their pids.</summary>
    public IReadOnlyList<int> KillLeftovers()
    {
        if (!File.Exists(path))
        {
            return [];
        }
        var killed = new List<int>();
        foreach (var line in File.ReadAllLines(path))
        {
            var parts = line.Split(' ');
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && StartTime(pid) == parts[1])
            {
                PosixSignals.SignalGroup(pid, PosixSignals.SigKill);
                killed.Add(pid);
            }
        }
        File.Delete(path);
        return killed;
    }

    public void Record(int pid)
    {
        lock (_running)
        {
            if (StartTime(pid) is { } started)
            {
                _running[pid] = started;
                Save();
            }
        }
    }

    public void Forget(int pid)
    {
        lock (_running)
        {
            if (_running.Remove(pid))
            {
                Save();
            }
        }
    }

    private void Save()
    {
        if (_running.Count == 0)
        {
            File.Delete(path);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, _running.Select(p => $"{p.Key} {p.Value}"));
    }

    /// <summary>Field 22 of /proc/{pid}/stat (clock ticks since boot), or null when there is no such process.</summary>
    private static string? StartTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Length > 19 ? fields[19] : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
