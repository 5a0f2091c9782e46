using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Grpc.ClientFactory;

internal sealed class GrpcClientBuilder(string name, IServiceCollection services) : IGrpcClientBuilder
{
    public string Name { get; } = name;

    public IServiceCollection Services { get; } = services;
}
