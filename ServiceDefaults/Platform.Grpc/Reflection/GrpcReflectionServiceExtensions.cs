using Grpc.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Grpc.Server;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers gRPC server reflection.</summary>
public static class GrpcReflectionServiceExtensions
{
    public static IServiceCollection AddGrpcReflection(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<GrpcServiceRegistry>();
        services.TryAddSingleton(provider => new ReflectionServiceImpl(provider.GetRequiredService<GrpcServiceRegistry>()));
        services.TryAddSingleton<ReflectionServiceImplV1>();
        return services;
    }
}
