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

    [LoggerMessage(5, LogLevel.Warning, "Call '{Method}' answered {StatusCode} for an exception mapped to it: {ExceptionType}: {ExceptionMessage}")]
    private static partial void MappedError(ILogger logger, string method, global::Grpc.Core.StatusCode statusCode, string exceptionType, string exceptionMessage);

    // The exception's type and message, not its stack: a mapped failure is expected (a store that went away).
    public static void MappedError(ILogger logger, string method, global::Grpc.Core.StatusCode statusCode, Exception exception) =>
        MappedError(logger, method, statusCode, exception.GetType().Name, exception.Message);
}
