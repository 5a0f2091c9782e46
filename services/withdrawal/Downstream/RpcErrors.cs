using Grpc.Core;

namespace Platform.Withdrawal.Downstream;

/// <summary>Sorts failed calls into "try again later" and "the callee said no".</summary>
public static class RpcErrors
{
    /// <summary>The call may succeed if repeated: the callee was unreachable, slow, busy or failed inside.</summary>
    public static bool IsTransient(this RpcException error) => error.StatusCode is
        StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Aborted or
        StatusCode.Internal or StatusCode.Unknown or StatusCode.Cancelled or StatusCode.Unauthenticated;

    /// <summary>The callee's explanation, for a readable reason (never carries secrets: callees never put them there).</summary>
    public static string Explanation(this RpcException error) =>
        string.IsNullOrWhiteSpace(error.Status.Detail) ? error.StatusCode.ToString() : error.Status.Detail;
}
