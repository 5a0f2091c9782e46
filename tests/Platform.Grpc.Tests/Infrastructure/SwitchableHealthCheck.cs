using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Grpc.Tests.Infrastructure;

/// <summary>A health check a test can turn unhealthy and back.</summary>
public sealed class SwitchableHealthCheck : IHealthCheck
{
    public volatile bool Healthy = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Healthy ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("switched off"));
}
