using Grpc.AspNetCore.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Grpc.HealthCheck;

/// <summary>Feeds each periodic health report into the gRPC health service, so Watch sees changes.</summary>
internal sealed class GrpcHealthChecksPublisher(HealthServiceImpl healthService, IOptions<GrpcHealthChecksOptions> options) : IHealthCheckPublisher
{
    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        foreach (var (service, predicate) in options.Value.Services)
        {
            healthService.SetStatus(service, HealthChecksStatusEvaluator.FromReport(report, predicate));
        }

        return Task.CompletedTask;
    }
}
