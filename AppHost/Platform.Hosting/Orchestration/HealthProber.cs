using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Hosting.Orchestration;

/// <summary>
/// Runs a replica's health probes while its process lives: every 250 ms until it first passes (so dependants
/// start promptly), then every 2 s, and every second while failing. Publishes only changes.
/// </summary>
internal sealed class HealthProber(ResourceNotificationService notifications) : IDisposable
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    // Loopback only, and never through an HTTP proxy the environment might configure.
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromSeconds(30),
        ConnectTimeout = ProbeTimeout,
    })
    {
        Timeout = ProbeTimeout,
    };

    public async Task ProbeUntilCancelledAsync(ReplicaPlan plan, int processId, CancellationToken cancellationToken)
    {
        var probes = plan.Resource.Annotations.OfType<HealthProbeAnnotation>().ToList();
        if (probes.Count == 0)
        {
            return;
        }
        HealthStatus? last = null;
        var everHealthy = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            var healthy = await AllPassAsync(plan, probes, cancellationToken).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            var status = healthy ? HealthStatus.Healthy : HealthStatus.Unhealthy;
            everHealthy |= healthy;
            if (status != last)
            {
                last = status;
                // Only the process this prober watches: a late result must not overwrite a newer state.
                notifications.Update(plan.InstanceName, s =>
                    s.ProcessId == processId && s.State == KnownResourceStates.Running ? s with { HealthStatus = status } : s);
            }
            var interval = healthy ? TimeSpan.FromSeconds(2) : everHealthy ? TimeSpan.FromSeconds(1) : TimeSpan.FromMilliseconds(250);
            try
            {
                await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> AllPassAsync(ReplicaPlan plan, List<HealthProbeAnnotation> probes, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        var context = new HealthProbeContext(plan.TargetPorts, _http, timeout.Token);
        foreach (var probe in probes)
        {
            try
            {
                if (!await probe.Probe(context).ConfigureAwait(false))
                {
                    return false;
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException or System.Net.Sockets.SocketException)
            {
                return false;
            }
        }
        return true;
    }

    public void Dispose() => _http.Dispose();
}
