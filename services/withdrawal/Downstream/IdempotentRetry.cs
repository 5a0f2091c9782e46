using Grpc.Core;

namespace Platform.Withdrawal.Downstream;

/// <summary>
/// One immediate retry for calls that are idempotent by operation id (Assess, Reserve, Post, Void) when the callee
/// could not be reached. Longer outages are the saga's business: it backs off and resumes later.
/// </summary>
public static class IdempotentRetry
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RpcException error) when (error.StatusCode == StatusCode.Unavailable)
        {
            return await call().ConfigureAwait(false);
        }
    }
}
