namespace Grpc.AspNetCore.HealthChecks;

/// <summary>Which ASP.NET Core health checks decide which gRPC health service names.</summary>
public sealed class GrpcHealthChecksOptions
{
    private readonly Dictionary<string, Func<string, IEnumerable<string>, bool>> _services = new(StringComparer.Ordinal)
    {
        // By default the server as a whole ("") is as healthy as all of its checks together.
        [""] = static (_, _) => true,
    };

    /// <summary>The mapped service names.</summary>
    public IReadOnlyDictionary<string, Func<string, IEnumerable<string>, bool>> Services => _services;

    /// <summary>
    /// Maps a gRPC service name to the health checks (chosen by name and tags) whose worst result is its status:
    /// Healthy or Degraded is SERVING, Unhealthy is NOT_SERVING.
    /// </summary>
    public GrpcHealthChecksOptions Map(string service, Func<string, IEnumerable<string>, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(service);
        _services[service] = predicate ?? throw new ArgumentNullException(nameof(predicate));
        return this;
    }

    /// <summary>Stops reporting a service name.</summary>
    public GrpcHealthChecksOptions Unmap(string service)
    {
        _services.Remove(service);
        return this;
    }
}
