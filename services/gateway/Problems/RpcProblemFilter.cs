using Grpc.Core;

namespace Platform.Gateway.Problems;

/// <summary>
/// Answers a failed service call with its problem inside the endpoint, so the answer is an ordinary response
/// (which the idempotency store can keep) rather than an exception.
/// </summary>
public sealed class RpcProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (RpcException error)
        {
            return GrpcProblems.ToResult(error);
        }
    }
}
