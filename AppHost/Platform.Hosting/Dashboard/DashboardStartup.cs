using Aspire.Hosting;
using Microsoft.Extensions.Hosting;
using Platform.Dashboard;

namespace Platform.Hosting.Dashboard;

/// <summary>Starts and stops the dashboard with the application; a start-up problem (a taken port) becomes one line.</summary>
internal sealed class DashboardStartup(DashboardHost dashboard) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await dashboard.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            throw new DistributedApplicationException(e.Message, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => dashboard.StopAsync(cancellationToken);
}
