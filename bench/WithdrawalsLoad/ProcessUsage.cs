using System.Globalization;

namespace Platform.Bench.Withdrawals;

/// <summary>
/// What a process has used so far, read from /proc: CPU time (user + system) and context switches summed over its
/// threads. On two cores shared by eight processes, the switches are where much of the time goes.
/// </summary>
public readonly record struct ProcessUsage(TimeSpan Cpu, long ContextSwitches)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static ProcessUsage? Of(int? processId)
    {
        if (processId is not { } pid) return null;
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command (which may contain spaces) start after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return new ProcessUsage(TimeSpan.FromSeconds(ticks / TicksPerSecond), ContextSwitchesOf(pid));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static ProcessUsage operator -(ProcessUsage after, ProcessUsage before) =>
        new(after.Cpu - before.Cpu, after.ContextSwitches - before.ContextSwitches);

    public static ProcessUsage operator +(ProcessUsage left, ProcessUsage right) =>
        new(left.Cpu + right.Cpu, left.ContextSwitches + right.ContextSwitches);

    /// <summary>Voluntary and involuntary switches of the threads alive now (threads that ended are not counted).</summary>
    private static long ContextSwitchesOf(int pid)
    {
        long switches = 0;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal)
                        || line.StartsWith("nonvoluntary_ctxt_switches:", StringComparison.Ordinal))
                        switches += long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim(), CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The thread ended while being read.
            }
        }
        return switches;
    }
}
