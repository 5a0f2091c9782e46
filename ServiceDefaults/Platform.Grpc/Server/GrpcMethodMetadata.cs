using Grpc.Core;

namespace Grpc.AspNetCore.Server;

/// <summary>Endpoint metadata on every gRPC method endpoint: which service type and method it serves.</summary>
public sealed class GrpcMethodMetadata(Type serviceType, IMethod method)
{
    public Type ServiceType { get; } = serviceType;

    public IMethod Method { get; } = method;
}
