using Microsoft.Extensions.DependencyInjection;

namespace Grpc.Net.ClientFactory;

/// <summary>Returned by <c>AddGrpcClient</c> for further configuration of the named client.</summary>
public interface IGrpcClientBuilder
{
    string Name { get; }

    IServiceCollection Services { get; }
}
