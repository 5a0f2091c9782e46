using Google.Protobuf;
using Grpc.Core;
using Grpc.Testing;

namespace GrpcBenchServer;

/// <summary>UnaryCall answers a payload of response_size zero bytes; every other method stays UNIMPLEMENTED.</summary>
public sealed class UnaryBenchService : TestService.TestServiceBase
{
    private const int MaxResponseSize = 64 * 1024;

    public override Task<SimpleResponse> UnaryCall(SimpleRequest request, ServerCallContext context)
    {
        if (request.ResponseSize is < 0 or > MaxResponseSize)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"response_size must be between 0 and {MaxResponseSize}"));
        }

        var payload = new Payload { Body = ByteString.CopyFrom(new byte[request.ResponseSize]) };
        return Task.FromResult(new SimpleResponse { Payload = payload });
    }
}
