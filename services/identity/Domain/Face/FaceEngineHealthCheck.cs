using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Identity.Domain.Face;

/// <summary>Degraded, not unhealthy, without the face models: every other identity call still works.</summary>
public sealed class FaceEngineHealthCheck(FaceModels models) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(models.IsLoaded ? HealthCheckResult.Healthy("face models loaded")
            : models.Problem is { } problem ? HealthCheckResult.Degraded(problem)
            : HealthCheckResult.Healthy("face models loading"));
}
