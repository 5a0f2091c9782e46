using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Dashboard;

namespace Platform.Hosting.Orchestration;

/// <summary>
/// Tells the person at the terminal where to look: the dashboard URL at once, then, when every resource is healthy,
/// a summary with the URLs of external endpoints (the gateway's).
/// </summary>
internal sealed partial class StartupReport(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ILogger<StartupReport> logger) : IHostedService
{
    private Task _waiting = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var dashboard = services.GetService<DashboardHost>()?.UiUrl.ToString().TrimEnd('/');
        LogStarting(dashboard ?? "disabled");
        _waiting = ReportWhenHealthyAsync(dashboard, lifetime.ApplicationStopping);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _waiting;

    private async Task ReportWhenHealthyAsync(string? dashboard, CancellationToken stopping)
    {
        try
        {
            foreach (var resource in model.Resources)
            {
                await notifications.WaitForResourceHealthyAsync(resource.Name, stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        var external = model.Resources
            .SelectMany(r => r.GetEndpointAnnotations().Where(e => e.IsExternal && e.AllocatedEndpoint is not null).Select(e => $"{r.Name}: {e.AllocatedEndpoint}"))
            .ToList();
        LogHealthy(model.Resources.Count, dashboard ?? "disabled");
        foreach (var url in external)
        {
            LogExternal(url);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Distributed application starting. Dashboard: {Dashboard}")]
    private partial void LogStarting(string dashboard);

    [LoggerMessage(Level = LogLevel.Information, Message = "All {Count} resources are healthy. Dashboard: {Dashboard}. Press Ctrl+C to stop.")]
    private partial void LogHealthy(int count, string dashboard);

    [LoggerMessage(Level = LogLevel.Information, Message = "Open {Endpoint}")]
    private partial void LogExternal(string endpoint);
}
