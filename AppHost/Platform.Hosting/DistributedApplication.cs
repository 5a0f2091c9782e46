using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Aspire.Hosting;

/// <summary>A built application: start it, watch its resources, stop it. Disposing stops every process it started.</summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly IHost _host;
    private int _disposed;

    internal DistributedApplication(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public ResourceNotificationService ResourceNotifications => Services.GetRequiredService<ResourceNotificationService>();

    public ResourceLoggerService ResourceLogs => Services.GetRequiredService<ResourceLoggerService>();

    public ResourceCommandService ResourceCommands => Services.GetRequiredService<ResourceCommandService>();

    public static IDistributedApplicationBuilder CreateBuilder() => CreateBuilder([]);

    public static IDistributedApplicationBuilder CreateBuilder(string[] args) =>
        new DistributedApplicationBuilder(new DistributedApplicationOptions { Args = args });

    public static IDistributedApplicationBuilder CreateBuilder(DistributedApplicationOptions options) =>
        new DistributedApplicationBuilder(options);

    /// <summary>Starts the dashboard and launches resources; returns without waiting for them to be healthy.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => _host.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => _host.StopAsync(cancellationToken);

    /// <summary>
    /// Runs until Ctrl+C or SIGTERM, then stops every resource. A start-up problem is printed as one line on
    /// stderr and sets the exit code to 1.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _host.StartAsync(cancellationToken).ConfigureAwait(false);
            await _host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DistributedApplicationException e)
        {
            await Console.Error.WriteLineAsync($"apphost: error: {e.Message}").ConfigureAwait(false);
            Environment.ExitCode = 1;
        }
        finally
        {
            await DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Run() => RunAsync().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        try
        {
            await _host.StopAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
            // Not started, or stopping was cut short: disposing the services below still kills every process.
        }
        if (_host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            _host.Dispose();
        }
    }
}
