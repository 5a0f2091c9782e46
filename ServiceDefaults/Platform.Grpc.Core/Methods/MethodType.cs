namespace Grpc.Core;

/// <summary>The four shapes of a gRPC method.</summary>
public enum MethodType
{
    Unary,
    ClientStreaming,
    ServerStreaming,
    DuplexStreaming,
}
