using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Processes;

namespace Platform.Hosting.Orchestration;

/// <summary>
/// Runs the app model: checks prerequisites, allocates ports, starts resources in dependency order (WaitFor waits
/// until healthy), keeps them running, and stops them dependants-first. Every process it starts is stopped when it
/// stops, or killed if the app host exits any other way it can observe.
/// </summary>
internal sealed partial class ApplicationOrchestrator(
    DistributedApplicationModel model,
    AppHostOptions options,
    LaunchPlanner planner,
    ResourceNotificationService notifications,
    ResourceLoggerService console,
    ResourceCommandService commands,
    IOtlpTargetSource otlpTargets,
    ILogger<ApplicationOrchestrator> logger) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource _starting = new();
    private readonly Dictionary<IResource, CancellationTokenSource> _running = [];
    private readonly Dictionary<IResource, Task> _runs = [];
    private readonly HealthProber _prober = new(notifications);
    private readonly ProcessLedger _ledger = new(Path.Combine(options.DataDirectory, "apphost", "processes"));
    private IReadOnlyList<ReplicaRunner> _runners = [];
    private IReadOnlyList<EndpointProxy> _proxies = [];
    private Task _startup = Task.CompletedTask;
    private int _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var launch = await planner.PlanAsync(model, cancellationToken).ConfigureAwait(false);
        foreach (var pid in _ledger.KillLeftovers())
        {
            LogLeftoverKilled(pid);
        }
        _runners = launch.Replicas.Select(CreateRunner).ToList();
        _proxies = launch.ProxiedPorts.Select(p => new EndpointProxy(p.PublicPort, () => RunningTargetPorts(p.Resource, p.EndpointName), logger)).ToList();
        foreach (var proxy in _proxies)
        {
            proxy.Start();
        }
        foreach (var runner in _runners)
        {
            notifications.Publish(launch.InitialSnapshot(runner.Plan));
        }
        commands.Attach(this);
        AppDomain.CurrentDomain.ProcessExit += KillEverything;
        foreach (var resource in model.Resources)
        {
            _running[resource] = new CancellationTokenSource();
        }
        _startup = Task.WhenAll(model.Resources.Select(r => StartWhenReadyAsync(r, _starting.Token)));
    }

    public ExecuteCommandResult ExecuteCommand(string instanceName, string commandName)
    {
        var runner = _runners.FirstOrDefault(r => r.InstanceName == instanceName);
        if (runner is null)
        {
            return ExecuteCommandResult.Failure($"No resource instance named '{instanceName}'.");
        }
        LogCommand(commandName, instanceName);
        switch (commandName)
        {
            case KnownResourceCommands.Start: runner.RequestStart(); break;
            case KnownResourceCommands.Stop: runner.RequestStop(); break;
            default: runner.RequestRestart(); break;
        }
        return ExecuteCommandResult.Accepted;
    }

    private ReplicaRunner CreateRunner(ReplicaPlan plan) =>
        new(plan, otlpTargets.GetTarget, notifications, console, _prober, _ledger, options.StopTimeout, logger);

    private IReadOnlyList<int> RunningTargetPorts(IResource resource, string endpointName)
    {
        var replicas = _runners.Where(r => r.Plan.Resource == resource).Select(r => (r.Plan, r.Snapshot)).ToList();
        return replicas.Where(r => r.Snapshot.IsHealthy)
            .Concat(replicas.Where(r => r.Snapshot.State == KnownResourceStates.Running && !r.Snapshot.IsHealthy))
            .Select(r => r.Plan.TargetPorts[endpointName])
            .ToList();
    }

    private async Task StartWhenReadyAsync(IResource resource, CancellationToken cancellationToken)
    {
        var runners = _runners.Where(r => r.Plan.Resource == resource).ToList();
        try
        {
            foreach (var wait in resource.Annotations.OfType<WaitAnnotation>())
            {
                await notifications.WaitForResourceHealthyAsync(wait.Resource.Name, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        var shutdown = _running[resource].Token;
        lock (_runs)
        {
            _runs[resource] = Task.WhenAll(runners.Select(r => Task.Run(() => r.RunAsync(shutdown), CancellationToken.None)));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _starting.CancelAsync().ConfigureAwait(false);
        await _startup.ConfigureAwait(false);
        try
        {
            // Dependants first, so a service can still reach redis while it shuts down.
            foreach (var level in StopOrder.Levels(model.Resources))
            {
                await Task.WhenAll(level.Select(StopResourceAsync)).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            KillEverything(null, EventArgs.Empty);
        }
    }

    private async Task StopResourceAsync(IResource resource)
    {
        if (!_running.TryGetValue(resource, out var running))
        {
            return; // start-up failed before this resource was set up
        }
        await running.CancelAsync().ConfigureAwait(false);
        Task? run;
        lock (_runs)
        {
            run = _runs.GetValueOrDefault(resource);
        }
        if (run is not null)
        {
            await run.ConfigureAwait(false);
        }
    }

    private void KillEverything(object? sender, EventArgs e)
    {
        foreach (var runner in _runners)
        {
            runner.KillNow();
        }
    }

    /// <summary>Idempotent: the container holds this instance both as itself and as a hosted service.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        AppDomain.CurrentDomain.ProcessExit -= KillEverything;
        KillEverything(null, EventArgs.Empty);
        foreach (var proxy in _proxies)
        {
            await proxy.DisposeAsync().ConfigureAwait(false);
        }
        _prober.Dispose();
        _starting.Dispose();
        foreach (var source in _running.Values)
        {
            source.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Killed process group {Pid}, left running by an app host that did not stop cleanly")]
    private partial void LogLeftoverKilled(int pid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} on {Instance}")]
    private partial void LogCommand(string command, string instance);
}
