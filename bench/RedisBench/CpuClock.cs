using System.Diagnostics;
using System.Globalization;

namespace RedisBench;

/// <summary>
/// CPU time used by this process plus a redis-server, so a run on a busy machine can still tell how much work
/// each operation costs (wall-clock rates there depend on what else is running).
/// </summary>
internal static class CpuClock
{
    private const double ClockTicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan Used(int? serverProcessId) =>
        Process.GetCurrentProcess().TotalProcessorTime + ServerTime(serverProcessId);

    private static TimeSpan ServerTime(int? processId)
    {
        if (processId is null || !File.Exists($"/proc/{processId}/stat"))
        {
            return TimeSpan.Zero;
        }
        // Fields after the ")" closing the command name: state is field 3, utime 14 and stime 15.
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
    }
}
