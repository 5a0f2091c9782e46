using Grpc.AspNetCore.HealthChecks;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers and maps the gRPC health service backed by ASP.NET Core health checks.</summary>
public static class GrpcHealthChecksExtensions
{
    /// <summary>Adds the health service; returns the health checks builder to add checks to.</summary>
    public static IHealthChecksBuilder AddGrpcHealthChecks(this IServiceCollection services, Action<GrpcHealthChecksOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GrpcHealthChecksOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<HealthChecksStatusEvaluator>();
        services.TryAddSingleton(provider => new HealthServiceImpl(provider.GetRequiredService<HealthChecksStatusEvaluator>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHealthCheckPublisher, GrpcHealthChecksPublisher>());
        return services.AddHealthChecks();
    }

    /// <summary>Maps <c>grpc.health.v1.Health</c>.</summary>
    public static GrpcServiceEndpointConventionBuilder MapGrpcHealthChecksService(this IEndpointRouteBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.ServiceProvider.GetService<HealthServiceImpl>() is null)
        {
            throw new InvalidOperationException("Call builder.Services.AddGrpcHealthChecks() before MapGrpcHealthChecksService().");
        }

        return builder.MapGrpcService<HealthServiceImpl>();
    }
}
