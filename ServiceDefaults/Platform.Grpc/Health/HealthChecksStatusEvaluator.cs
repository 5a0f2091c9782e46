using Grpc.AspNetCore.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Grpc.HealthCheck;

/// <summary>Runs the ASP.NET Core health checks mapped to a gRPC service name.</summary>
internal sealed class HealthChecksStatusEvaluator(HealthCheckService healthChecks, IOptions<GrpcHealthChecksOptions> options) : IHealthStatusEvaluator
{
    public IEnumerable<string> MappedServices => options.Value.Services.Keys;

    public bool IsMapped(string service) => options.Value.Services.ContainsKey(service);

    public async Task<ServingStatus> EvaluateAsync(string service, CancellationToken cancellationToken)
    {
        var predicate = options.Value.Services[service];
        var report = await healthChecks.CheckHealthAsync(registration => predicate(registration.Name, registration.Tags), cancellationToken).ConfigureAwait(false);
        return ToServingStatus(report.Status);
    }

    /// <summary>The status of a service from a published report: the worst of its matching entries.</summary>
    public static ServingStatus FromReport(HealthReport report, Func<string, IEnumerable<string>, bool> predicate)
    {
        var worst = HealthStatus.Healthy;
        foreach (var (name, entry) in report.Entries)
        {
            if (predicate(name, entry.Tags) && entry.Status < worst)
            {
                worst = entry.Status;
            }
        }

        return ToServingStatus(worst);
    }

    private static ServingStatus ToServingStatus(HealthStatus status) =>
        status == HealthStatus.Unhealthy ? ServingStatus.NotServing : ServingStatus.Serving;
}
