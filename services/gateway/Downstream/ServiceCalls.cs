using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Gateway.Authentication;
using Platform.ServiceDefaults.Security;

namespace Platform.Gateway.Downstream;

/// <summary>
/// The options of every gRPC call the gateway makes: signed with who the call is for, bounded by a deadline and
/// cancelled when the HTTP request is aborted.
/// </summary>
public sealed class ServiceCalls(CallerMetadata caller, IOptions<DownstreamOptions> options)
{
    /// <summary>For a request an authenticated user made; the callee authorises on <paramref name="userId"/>.</summary>
    public CallOptions ForUser(string userId, CancellationToken cancellationToken) =>
        new(caller.ForUser(userId), Deadline(), cancellationToken);

    /// <summary>For the authenticated user of <paramref name="http"/>: the user id comes from the token, never the body.</summary>
    public CallOptions ForUser(HttpContext http) => ForUser(http.User.UserId(), http.RequestAborted);

    /// <summary>As <see cref="ForUser(HttpContext)"/>, for a call that runs the face engine on images (a longer deadline).</summary>
    public CallOptions ForFaceAnalysis(HttpContext http) =>
        new(caller.ForUser(http.User.UserId()), DateTime.UtcNow + options.Value.FaceAnalysisDeadline, http.RequestAborted);

    /// <summary>For the operator authenticated on <paramref name="http"/>.</summary>
    public CallOptions ForOperator(HttpContext http) => ForOperator(http.User.OperatorId(), http.RequestAborted);

    /// <summary>For an operator authenticated with an operator key.</summary>
    public CallOptions ForOperator(string operatorId, CancellationToken cancellationToken) =>
        new(caller.ForOperator(operatorId), Deadline(), cancellationToken);

    /// <summary>
    /// For the entry points no user is signed in for yet (register, login, refresh) and the gateway's own key
    /// fetches: signed as the gateway itself, acting for no user.
    /// </summary>
    public CallOptions Anonymous(CancellationToken cancellationToken) =>
        new(caller.Forward(new Caller(caller.ServiceName, CallerRole.System, UserId: null)), Deadline(), cancellationToken);

    // A deadline is a transport timeout on the wall clock the HTTP/2 stack uses, not business time, so it is
    // taken from the system clock even when a test controls the injected TimeProvider.
    private DateTime Deadline() => DateTime.UtcNow + options.Value.Deadline;
}
