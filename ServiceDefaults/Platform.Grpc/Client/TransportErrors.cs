using Grpc.Core;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Client;

/// <summary>Maps what HttpClient throws to the status a caller sees.</summary>
internal static class TransportErrors
{
    public static Status ToStatus(Exception exception)
    {
        if (exception is RpcException rpc)
        {
            return rpc.Status;
        }

        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpProtocolException protocol)
            {
                return new Status(TransportStatusMapping.FromHttp2Error(protocol.ErrorCode), $"The HTTP/2 stream failed with error code 0x{protocol.ErrorCode:x}.", exception);
            }
        }

        return exception switch
        {
            HttpRequestException request => new Status(StatusCode.Unavailable, $"Error starting gRPC call. {request.GetType().Name}: {request.Message}", exception),
            OperationCanceledException => new Status(StatusCode.Cancelled, "The call was cancelled.", exception),
            IOException io => new Status(StatusCode.Unavailable, $"Error reading the response. {io.GetType().Name}: {io.Message}", exception),
            ObjectDisposedException => new Status(StatusCode.Cancelled, "The call or its channel was disposed.", exception),
            _ => new Status(StatusCode.Internal, $"Error in the gRPC call. {exception.GetType().Name}: {exception.Message}", exception),
        };
    }
}
