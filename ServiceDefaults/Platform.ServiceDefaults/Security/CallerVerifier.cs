using System.Globalization;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Security;

/// <summary>
/// Verifies who originated an incoming internal call and authorises it on that originator: a user (or a service
/// acting for a user) may only touch that user's data.
/// </summary>
public sealed class CallerVerifier(CallerSignature signature, IOptions<InternalCallOptions> options, TimeProvider time)
{
    public Caller GetCaller(ServerCallContext context)
    {
        var headers = context.RequestHeaders;
        var service = headers.GetValue(CallerHeaders.Service);
        var roleText = headers.GetValue(CallerHeaders.Role);
        var timeText = headers.GetValue(CallerHeaders.Time);
        var mac = headers.GetValue(CallerHeaders.Signature);
        var userId = headers.GetValue(CallerHeaders.User);

        if (service is null || mac is null ||
            !Enum.TryParse<CallerRole>(roleText, ignoreCase: false, out var role) ||
            !long.TryParse(timeText, NumberStyles.None, CultureInfo.InvariantCulture, out var signedAt))
            throw Unauthenticated("the call does not name its caller");

        var skew = Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - signedAt);
        if (skew > options.Value.MaxClockSkew.TotalSeconds) throw Unauthenticated("the caller's signature has expired");
        if (!signature.Matches(mac, service, role, userId, signedAt)) throw Unauthenticated("the caller's signature is not valid");

        return new Caller(service, role, userId);
    }

    /// <summary>The call must be made for <paramref name="userId"/> (by that user, or by a service acting for them).</summary>
    public Caller RequireUser(ServerCallContext context, string userId, bool allowOperator = false)
    {
        if (string.IsNullOrWhiteSpace(userId))
            throw new RpcException(new Status(StatusCode.InvalidArgument, "user_id is required"));
        var caller = GetCaller(context);
        if (caller.IsOperator && allowOperator) return caller;
        if (caller.IsOperator || !string.Equals(caller.UserId, userId, StringComparison.Ordinal))
            throw new RpcException(new Status(StatusCode.PermissionDenied, "the caller may not act for this user"));
        return caller;
    }

    public Caller RequireOperator(ServerCallContext context)
    {
        var caller = GetCaller(context);
        if (!caller.IsOperator) throw new RpcException(new Status(StatusCode.PermissionDenied, "operators only"));
        return caller;
    }

    private static RpcException Unauthenticated(string why) => new(new Status(StatusCode.Unauthenticated, why));
}
