namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Returned by <c>AddGrpc</c> for further gRPC server configuration.</summary>
public interface IGrpcServerBuilder
{
    IServiceCollection Services { get; }
}
