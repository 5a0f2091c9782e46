using Microsoft.Extensions.Logging;

namespace Platform.Grpc.Server;

internal static partial class GrpcServerLog
{
    [LoggerMessage(1, LogLevel.Error, "Error when executing service method '{Method}'.")]
    public static partial void HandlerError(ILogger logger, string method, Exception exception);

    [LoggerMessage(2, LogLevel.Debug, "Call '{Method}' ended with status {StatusCode}: {Detail}")]
    public static partial void RpcError(ILogger logger, string method, global::Grpc.Core.StatusCode statusCode, string detail);

    [LoggerMessage(3, LogLevel.Information, "Rejected call '{Method}': {Detail}")]
    public static partial void CallRejected(ILogger logger, string method, string detail);

    [LoggerMessage(4, LogLevel.Warning, "Disposing the service instance of '{Method}' failed.")]
    public static partial void ServiceReleaseFailed(ILogger logger, string method, Exception exception);
}
