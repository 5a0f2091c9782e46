using Grpc.AspNetCore.Server;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Grpc.Server;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the gRPC server.</summary>
public static class GrpcServicesExtensions
{
    public static IGrpcServerBuilder AddGrpc(this IServiceCollection services) => services.AddGrpc(static _ => { });

    public static IGrpcServerBuilder AddGrpc(this IServiceCollection services, Action<GrpcServiceOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configureOptions);
        services.AddRouting();
        services.AddOptions<GrpcServiceOptions>().Configure(configureOptions);
        services.TryAddSingleton<GrpcServiceRegistry>();
        return new GrpcServerBuilder(services);
    }
}
