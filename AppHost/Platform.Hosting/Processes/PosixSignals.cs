using System.Runtime.InteropServices;

namespace Platform.Hosting.Processes;

/// <summary>kill(2): .NET has no API to signal a process group, and SIGTERM is how a process is asked to stop.</summary>
internal static class PosixSignals
{
    public const int SigTerm = 15;
    public const int SigKill = 9;

    /// <summary>Signals every process in the group led by <paramref name="groupLeader"/>, and the leader itself.</summary>
    public static void SignalGroup(int groupLeader, int signal)
    {
        _ = kill(-groupLeader, signal);
        _ = kill(groupLeader, signal);
    }

    public static bool IsAlive(int pid) => kill(pid, 0) == 0 || Marshal.GetLastPInvokeError() == EPERM;

    private const int EPERM = 1;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
