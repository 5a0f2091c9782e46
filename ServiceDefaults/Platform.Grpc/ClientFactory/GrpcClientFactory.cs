namespace Grpc.Net.ClientFactory;

/// <summary>Creates configured gRPC clients by name.</summary>
public abstract class GrpcClientFactory
{
    public abstract TClient CreateClient<TClient>(string name)
        where TClient : class;
}
