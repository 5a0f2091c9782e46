using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

/// <summary>Endpoints and health checks.</summary>
public static class EndpointBuilderExtensions
{
    /// <summary>
    /// Declares an endpoint. <paramref name="port"/> is the public port (free one if null); <paramref name="env"/>
    /// names a variable that receives the replica's own port (for executables that take their port that way).
    /// </summary>
    public static IResourceBuilder<T> WithEndpoint<T>(this IResourceBuilder<T> builder, int? port = null, int? targetPort = null,
        string scheme = "tcp", string? name = null, string? env = null, bool isExternal = false)
        where T : IResourceWithEndpoints
    {
        var transport = scheme == "http" ? "http" : "tcp";
        return builder.WithAnnotation(new EndpointAnnotation(name ?? scheme, scheme, transport)
        {
            Port = port,
            TargetPort = targetPort,
            TargetPortEnvironmentVariable = env,
            IsExternal = isExternal,
        });
    }

    /// <summary>Adjusts an endpoint, creating it (as HTTP) if the resource does not have it yet.</summary>
    public static IResourceBuilder<T> WithEndpoint<T>(this IResourceBuilder<T> builder, string endpointName, Action<EndpointAnnotation> configure)
        where T : IResourceWithEndpoints
    {
        var endpoint = builder.Resource.Annotations.OfType<EndpointAnnotation>().FirstOrDefault(e => e.Name == endpointName);
        if (endpoint is null)
        {
            endpoint = new EndpointAnnotation(endpointName);
            builder.WithAnnotation(endpoint);
        }
        configure(endpoint);
        return builder;
    }

    /// <summary>An HTTP/1.1 endpoint, "http" unless named otherwise. AddProject already declares "http".</summary>
    public static IResourceBuilder<T> WithHttpEndpoint<T>(this IResourceBuilder<T> builder, int? port = null, int? targetPort = null,
        string name = "http", string? env = null)
        where T : IResourceWithEndpoints =>
        builder.Resource.Annotations.OfType<EndpointAnnotation>().Any(e => e.Name == name) && port is null && targetPort is null && env is null
            ? builder
            : builder.WithEndpoint(name, e =>
            {
                e.UriScheme = "http";
                e.Transport = "http";
                e.Port = port ?? e.Port;
                e.TargetPort = targetPort ?? e.TargetPort;
                e.TargetPortEnvironmentVariable = env ?? e.TargetPortEnvironmentVariable;
            });

    /// <summary>An HTTP/2-only cleartext endpoint (h2c), as gRPC between services uses; named "grpc" by default.</summary>
    public static IResourceBuilder<T> WithGrpcEndpoint<T>(this IResourceBuilder<T> builder, int? port = null, string name = "grpc")
        where T : IResourceWithEndpoints =>
        builder.WithEndpoint(name, e =>
        {
            e.UriScheme = "http";
            e.Transport = "http2";
            e.Port = port ?? e.Port;
        });

    /// <summary>Marks the HTTP endpoints as meant for people: printed at start-up and listed first by the dashboard.</summary>
    public static IResourceBuilder<T> WithExternalHttpEndpoints<T>(this IResourceBuilder<T> builder) where T : IResourceWithEndpoints
    {
        foreach (var endpoint in builder.Resource.Annotations.OfType<EndpointAnnotation>().Where(e => e.UriScheme == "http"))
        {
            endpoint.IsExternal = true;
        }
        return builder;
    }

    /// <summary>Healthy while GET <paramref name="path"/> on each replica's own endpoint answers <paramref name="statusCode"/> (any 2xx if null).</summary>
    public static IResourceBuilder<T> WithHttpHealthCheck<T>(this IResourceBuilder<T> builder, string path = "/health",
        int? statusCode = null, string endpointName = "http")
        where T : IResourceWithEndpoints
    {
        if (!builder.Resource.Annotations.OfType<EndpointAnnotation>().Any(e => e.Name == endpointName))
        {
            throw new DistributedApplicationException($"'{builder.Resource.Name}' has no endpoint '{endpointName}' to health-check.");
        }
        return builder.WithAnnotation(new HealthProbeAnnotation($"GET {path} on {endpointName}", async context =>
        {
            var url = $"http://{Platform.Hosting.Orchestration.EndpointAddresses.Host}:{context.TargetPort(endpointName)}{path}";
            using var response = await context.HttpClient.GetAsync(url, context.CancellationToken).ConfigureAwait(false);
            return statusCode is int expected ? (int)response.StatusCode == expected : response.IsSuccessStatusCode;
        }));
    }
}
