using Microsoft.Extensions.DependencyInjection;

namespace Platform.Grpc.Server;

internal sealed class GrpcServerBuilder(IServiceCollection services) : IGrpcServerBuilder
{
    public IServiceCollection Services { get; } = services;
}
