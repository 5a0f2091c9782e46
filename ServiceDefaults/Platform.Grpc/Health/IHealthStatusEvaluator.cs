using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Grpc.HealthCheck;

/// <summary>Evaluates the status of services that are mapped to ASP.NET Core health checks.</summary>
internal interface IHealthStatusEvaluator
{
    IEnumerable<string> MappedServices { get; }

    bool IsMapped(string service);

    Task<ServingStatus> EvaluateAsync(string service, CancellationToken cancellationToken);
}
