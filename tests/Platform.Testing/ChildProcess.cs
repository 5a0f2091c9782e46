using System.Collections.Concurrent;
using System.Diagnostics;

namespace Platform.Testing;

/// <summary>
/// A process started by a test. Its output is kept (the last lines) for diagnostics and can be awaited line by
/// line; disposing it kills the whole process tree with SIGKILL, and so does the test host exiting.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable, IDisposable
{
    private const int KeptLines = 500;
    private static readonly ConcurrentDictionary<ChildProcess, byte> Running = new();

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _lineWaiters = [];
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    static ChildProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var child in Running.Keys)
            {
                child.Kill();
            }
        };
    }

    private ChildProcess(Process process, string displayName)
    {
        _process = process;
        DisplayName = displayName;
    }

    /// <summary>A short name used in error messages.</summary>
    public string DisplayName { get; }

    /// <summary>The operating-system process id.</summary>
    public int Id => _process.Id;

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>The exit code; only meaningful once <see cref="HasExited"/> is true.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The last lines the process wrote to stdout and stderr.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _lines);

    /// <summary>Starts <paramref name="fileName"/> with stdout and stderr captured.</summary>
    public static ChildProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null,
        string? displayName = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process, displayName ?? Path.GetFileName(fileName));
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Exited += (_, _) => child.OnExited();
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {fileName}.");
        }
        Running.TryAdd(child, 0);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until the process prints a line matching <paramref name="match"/>; fails early if it exits.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout, string what)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lineWaiters)
        {
            var already = _lines.FirstOrDefault(match);
            if (already is not null)
            {
                return already;
            }
            _lineWaiters.Add((match, seen));
        }

        var finished = await Task.WhenAny(seen.Task, _exited.Task, Task.Delay(timeout)).ConfigureAwait(false);
        if (finished == seen.Task)
        {
            return await seen.Task.ConfigureAwait(false);
        }
        var reason = finished == _exited.Task ? $"it exited with code {_process.ExitCode}" : $"{timeout.TotalSeconds:0.#} s passed";
        throw new TimeoutException($"{DisplayName} did not print {what} ({reason}). Recent output:{Environment.NewLine}{RecentOutput}");
    }

    /// <summary>Waits for the process to exit on its own.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(_exited.Task, Task.Delay(timeout)).ConfigureAwait(false);
        return finished == _exited.Task;
    }

    /// <summary>Kills the process and its children immediately (SIGKILL on Linux).</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    /// <summary>Kills the process tree and waits (bounded) until it is gone.</summary>
    public async ValueTask DisposeAsync()
    {
        Kill();
        await WaitForExitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        Running.TryRemove(this, out _);
        _process.Dispose();
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lineWaiters)
        {
            _lines.Enqueue(line);
            while (_lines.Count > KeptLines)
            {
                _lines.TryDequeue(out _);
            }
            for (var i = _lineWaiters.Count - 1; i >= 0; i--)
            {
                if (_lineWaiters[i].Match(line))
                {
                    _lineWaiters[i].Seen.TrySetResult(line);
                    _lineWaiters.RemoveAt(i);
                }
            }
        }
    }

    private void OnExited()
    {
        Running.TryRemove(this, out _);
        _exited.TrySetResult();
    }
}
