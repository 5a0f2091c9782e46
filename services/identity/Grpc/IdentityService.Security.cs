using Grpc.Core;
using Platform.Contracts.Identity.V1;

namespace Platform.Identity.Grpc;

/// <summary>The security centre. Operators may read a user's status and events, and freeze an account.</summary>
public sealed partial class IdentityService
{
    public override Task<SecurityStatus> GetSecurityStatus(UserRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId, allowOperator: true);
        return securityCentre.GetStatusAsync(request.UserId);
    }

    public override Task<ListSecurityEventsResponse> ListSecurityEvents(ListSecurityEventsRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId, allowOperator: true);
        return securityCentre.ListEventsAsync(request);
    }

    public override Task<SecurityStatus> ChangeLoginPassword(ChangePasswordRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return securityCentre.ChangeLoginPasswordAsync(request);
    }

    public override Task<SecurityStatus> ChangePaymentPassword(ChangePasswordRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return securityCentre.ChangePaymentPasswordAsync(request);
    }

    public override Task<SecurityStatus> Freeze(FreezeRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId, allowOperator: true);
        return securityCentre.FreezeAsync(request);
    }
}
