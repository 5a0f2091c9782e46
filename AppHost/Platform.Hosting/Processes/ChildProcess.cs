using System.Diagnostics;
using System.Text;

namespace Platform.Hosting.Processes;

/// <summary>
/// A child process in a session (and so a process group) of its own, started through setsid(1). Stopping it
/// signals the whole group, so whatever it started dies with it: SIGTERM first, SIGKILL after a grace period.
/// Its stdout and stderr are delivered line by line.
/// </summary>
internal sealed class ChildProcess
{
    private const string Setsid = "/usr/bin/setsid";

    private readonly Process _process;

    private ChildProcess(Process process, Action<string, bool> onLine)
    {
        _process = process;
        Id = process.Id;
        var stdout = PumpLinesAsync(process.StandardOutput, false, onLine);
        var stderr = PumpLinesAsync(process.StandardError, true, onLine);
        Exited = WaitForExitAsync(process, stdout, stderr);
    }

    public int Id { get; }

    /// <summary>Completes with the exit code (128 + signal number when a signal ended it).</summary>
    public Task<int> Exited { get; }

    public bool HasExited => Exited.IsCompleted;

    /// <summary>Starts the process; throws if the program cannot be executed.</summary>
    public static ChildProcess Start(ProcessLaunch launch, Action<string, bool> onLine)
    {
        var info = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = launch.WorkingDirectory,
        };
        // setsid execs the program in place (same pid) after making it a session and process-group leader.
        if (File.Exists(Setsid))
        {
            info.FileName = Setsid;
            info.ArgumentList.Add(launch.FileName);
        }
        else
        {
            info.FileName = launch.FileName;
        }
        foreach (var argument in launch.Arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment.Clear();
        foreach (var (name, value) in InheritedEnvironment.Capture())
        {
            info.Environment[name] = value;
        }
        foreach (var (name, value) in launch.Environment)
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"'{launch.FileName}' did not start.");
        var child = new ChildProcess(process, onLine);
        child.FeedStandardInput(launch.StandardInput);
        return child;
    }

    /// <summary>SIGTERM to the group; SIGKILL to whatever is left after <paramref name="grace"/>.</summary>
    public async Task<int> StopAsync(TimeSpan grace)
    {
        if (!HasExited)
        {
            PosixSignals.SignalGroup(Id, PosixSignals.SigTerm);
            try
            {
                await Exited.WaitAsync(grace).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                Kill();
            }
        }
        var exitCode = await Exited.ConfigureAwait(false);
        // The leader is gone; anything it started that ignored SIGTERM goes now.
        PosixSignals.SignalGroup(Id, PosixSignals.SigKill);
        return exitCode;
    }

    /// <summary>SIGKILL to the group and to every descendant still attached to the process.</summary>
    public void Kill()
    {
        PosixSignals.SignalGroup(Id, PosixSignals.SigKill);
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private void FeedStandardInput(string? content)
    {
        if (content is null)
        {
            // Kept open and empty: a closed stdin makes some programs exit, a terminal one would be shared.
            return;
        }
        try
        {
            _process.StandardInput.Write(content);
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process exited before reading its input; its exit is reported through Exited.
        }
    }

    private static async Task PumpLinesAsync(StreamReader reader, bool isErrorStream, Action<string, bool> onLine)
    {
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                onLine(line, isErrorStream);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The pipe broke because the process is gone.
        }
    }

    private static async Task<int> WaitForExitAsync(Process process, Task stdout, Task stderr)
    {
        await process.WaitForExitAsync().ConfigureAwait(false);
        // Give the pipes a moment to drain the last lines; a grandchild holding them open must not block us.
        await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
        var exitCode = process.ExitCode;
        process.Dispose();
        return exitCode;
    }
}
