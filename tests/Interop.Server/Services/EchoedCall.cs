using Grpc.Core;
using Grpc.Testing;

namespace Interop.Server.Services;

/// <summary>The spec's "Echo Metadata" and "Echo Status" server features.</summary>
public static class EchoedCall
{
    public const string InitialMetadataKey = "x-grpc-test-echo-initial";
    public const string TrailingMetadataKey = "x-grpc-test-echo-trailing-bin";

    /// <summary>Sends the echo headers now (when the client asked) and queues the echo trailers.</summary>
    public static async Task EchoMetadataAsync(ServerCallContext context)
    {
        var initial = context.RequestHeaders.GetAll(InitialMetadataKey).ToList();
        if (initial.Count > 0)
        {
            var headers = new Metadata();
            initial.ForEach(headers.Add);
            await context.WriteResponseHeadersAsync(headers);
        }

        foreach (var trailer in context.RequestHeaders.GetAll(TrailingMetadataKey))
        {
            context.ResponseTrailers.Add(trailer);
        }
    }

    /// <summary>Ends the call with the requested status, if the request carries one other than OK.</summary>
    public static void ThrowIfStatusRequested(EchoStatus? requested)
    {
        if (requested is null || requested.Code == 0)
        {
            return;
        }

        if (!Enum.IsDefined((StatusCode)requested.Code))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"response_status.code {requested.Code} is not a gRPC status code"));
        }

        throw new RpcException(new Status((StatusCode)requested.Code, requested.Message));
    }

    /// <summary>This server does not compress, so a request that insists on compression is refused.</summary>
    public static void RefuseExpectedCompression(BoolValue? expectCompressed)
    {
        if (expectCompressed?.Value == true)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "compressed requests are not supported by this server"));
        }
    }
}
