using Grpc.Core;
using Microsoft.AspNetCore.Diagnostics;

namespace Platform.Gateway.Problems;

/// <summary>
/// The last line: whatever escaped an endpoint becomes a problem response. Requests the framework could not bind
/// and service failures outside endpoints (key fetches during authentication) get their mapped status; anything
/// else is a 500 that says nothing about the cause.
/// </summary>
public sealed class GatewayExceptionHandler(ILogger<GatewayExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted) return false;
        var result = exception switch
        {
            BadHttpRequestException bad => RequestProblems.ToResult(bad),
            RpcException rpc => GrpcProblems.ToResult(rpc),
            _ => Unexpected(exception),
        };
        await result.ExecuteAsync(httpContext);
        return true;
    }

    private IResult Unexpected(Exception exception)
    {
        logger.LogError(exception, "Unhandled exception in the gateway");
        return ProblemResults.Problem(500, "Internal error", "The request could not be completed.");
    }

    /// <summary>True for the exceptions this handler answers as client errors; the framework need not log them.</summary>
    public static bool IsExpected(Exception exception) => exception is BadHttpRequestException or RpcException;
}
