using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Processes;

namespace Platform.Hosting.Orchestration;

/// <summary>
/// Keeps one replica in the state it should be in: launches it, probes its health, restarts it with back-off when
/// it exits on its own, and obeys start/stop/restart commands. A single loop owns the process, so commands only
/// change the desired state and wake the loop.
/// </summary>
internal sealed partial class ReplicaRunner(
    ReplicaPlan plan,
    Func<OtlpTarget?> otlp,
    ResourceNotificationService notifications,
    ResourceLoggerService console,
    HealthProber prober,
    ProcessLedger ledger,
    TimeSpan stopTimeout,
    ILogger logger)
{
    private readonly object _gate = new();
    private readonly RestartBackoff _backoff = new();
    private TaskCompletionSource _wake = NewSignal();
    private bool _wantRunning = true;
    private bool _restartRequested;
    private ChildProcess? _process;
    private int _launches;

    public ReplicaPlan Plan => plan;

    public string InstanceName => plan.InstanceName;

    public ResourceSnapshot Snapshot => notifications.TryGetInstance(plan.InstanceName)!;

    public void RequestStart() => Signal(() => _wantRunning = true);

    public void RequestStop() => Signal(() => _wantRunning = false);

    public void RequestRestart() => Signal(() =>
    {
        _wantRunning = true;
        _restartRequested = _process is not null;
    });

    /// <summary>Last resort when the app host itself is going down without a graceful stop.</summary>
    public void KillNow()
    {
        ChildProcess? process;
        lock (_gate)
        {
            process = _process;
        }
        process?.Kill();
    }

    /// <summary>Runs until <paramref name="shutdown"/> fires; then stops the process gracefully and returns.</summary>
    public async Task RunAsync(CancellationToken shutdown)
    {
        while (!shutdown.IsCancellationRequested)
        {
            Task wake;
            bool wantRunning;
            lock (_gate)
            {
                wake = _wake.Task;
                wantRunning = _wantRunning;
            }
            if (!wantRunning)
            {
                Publish(s => s.State == KnownResourceStates.Restarting
                    ? s with { State = KnownResourceStates.Exited, StateDetail = "stopped" }
                    : s);
                await WaitAsync(wake, Timeout.InfiniteTimeSpan, shutdown).ConfigureAwait(false);
                continue;
            }

            var process = await LaunchAsync(shutdown).ConfigureAwait(false);
            if (process is null)
            {
                await BackOffAsync(Snapshot.StateDetail ?? "failed to start", shutdown).ConfigureAwait(false);
                continue;
            }

            var startedAt = DateTimeOffset.UtcNow;
            var exit = await SuperviseAsync(process, shutdown).ConfigureAwait(false);
            _backoff.OnExit(DateTimeOffset.UtcNow - startedAt);
            if (exit.Crashed && !shutdown.IsCancellationRequested)
            {
                await BackOffAsync($"exited with code {exit.ExitCode}", shutdown).ConfigureAwait(false);
            }
        }
    }

    private async Task<ChildProcess?> LaunchAsync(CancellationToken shutdown)
    {
        Publish(s => s with { State = KnownResourceStates.Starting, StateDetail = null, HealthStatus = null, ExitCode = null });
        try
        {
            var environment = await ReplicaEnvironment.ComposeAsync(plan, otlp(), shutdown).ConfigureAwait(false);
            var arguments = await ReplicaEnvironment.ComposeArgumentsAsync(plan, shutdown).ConfigureAwait(false);
            var standardInput = plan.Resource.Annotations.OfType<StandardInputAnnotation>().LastOrDefault()?.Content();
            var launch = new ProcessLaunch(plan.FileName, arguments, plan.WorkingDirectory, environment, standardInput);
            var process = ChildProcess.Start(launch, (line, isError) => console.Write(plan.InstanceName, line, isError));
            ledger.Record(process.Id);
            int restarts;
            lock (_gate)
            {
                _process = process;
                restarts = _launches++;
            }
            var hasProbes = plan.Resource.Annotations.OfType<HealthProbeAnnotation>().Any();
            Publish(s => s with
            {
                State = KnownResourceStates.Running,
                ProcessId = process.Id,
                StartedAt = DateTimeOffset.UtcNow,
                StoppedAt = null,
                RestartCount = restarts,
                HealthStatus = hasProbes ? null : HealthStatus.Healthy,
                Environment = environment.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(),
                Command = plan.FileName,
                Arguments = arguments,
            });
            LogStarted(plan.InstanceName, process.Id);
            return process;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailedToStart(plan.InstanceName, e.Message);
            console.Write(plan.InstanceName, $"[apphost] failed to start: {e.Message}", true);
            Publish(s => s with { State = KnownResourceStates.FailedToStart, StateDetail = e.Message, StoppedAt = DateTimeOffset.UtcNow });
            return null;
        }
    }

    /// <summary>Waits for the process to exit or for a reason to stop it; probes health meanwhile.</summary>
    private async Task<(bool Crashed, int ExitCode)> SuperviseAsync(ChildProcess process, CancellationToken shutdown)
    {
        using var probing = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
        var health = prober.ProbeUntilCancelledAsync(plan, process.Id, probing.Token);
        var requested = false;
        while (!process.HasExited && !shutdown.IsCancellationRequested)
        {
            Task wake;
            lock (_gate)
            {
                wake = _wake.Task;
                requested = _restartRequested || !_wantRunning;
            }
            if (requested)
            {
                break;
            }
            await WaitAsync(Task.WhenAny(wake, process.Exited), Timeout.InfiniteTimeSpan, shutdown).ConfigureAwait(false);
        }

        var stopping = !process.HasExited;
        if (stopping)
        {
            Publish(s => s with { State = KnownResourceStates.Stopping });
        }
        var exitCode = stopping ? await process.StopAsync(stopTimeout).ConfigureAwait(false) : await process.Exited.ConfigureAwait(false);
        ledger.Forget(process.Id);
        await probing.CancelAsync().ConfigureAwait(false);
        await health.ConfigureAwait(false);
        lock (_gate)
        {
            _process = null;
            _restartRequested = false;
        }
        var crashed = !stopping;
        if (crashed)
        {
            LogExited(plan.InstanceName, exitCode);
        }
        Publish(s => s with
        {
            State = KnownResourceStates.Exited,
            StateDetail = crashed ? $"exited on its own with code {exitCode}" : "stopped",
            ExitCode = exitCode,
            HealthStatus = null,
            StoppedAt = DateTimeOffset.UtcNow,
        });
        return (crashed, exitCode);
    }

    private async Task BackOffAsync(string reason, CancellationToken shutdown)
    {
        Task wake;
        lock (_gate)
        {
            wake = _wake.Task;
        }
        var delay = _backoff.Next();
        Publish(s => s with
        {
            State = KnownResourceStates.Restarting,
            StateDetail = $"{reason}; restarting in {delay.TotalSeconds:0.#} s",
        });
        // A command (start, stop, restart) cuts the wait short; the loop then does what it asks.
        await WaitAsync(wake, delay, shutdown).ConfigureAwait(false);
    }

    private void Signal(Action change)
    {
        TaskCompletionSource wake;
        lock (_gate)
        {
            change();
            wake = _wake;
            _wake = NewSignal();
        }
        wake.TrySetResult();
    }

    private void Publish(Func<ResourceSnapshot, ResourceSnapshot> change) => notifications.Update(plan.InstanceName, change);

    private static async Task WaitAsync(Task task, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // Either way the loop re-reads the desired state.
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Instance} started (pid {Pid})")]
    private partial void LogStarted(string instance, int pid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Instance} exited on its own with code {ExitCode}")]
    private partial void LogExited(string instance, int exitCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Instance} failed to start: {Reason}")]
    private partial void LogFailedToStart(string instance, string reason);
}
