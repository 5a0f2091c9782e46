using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.ServiceDefaults.Security;
using Platform.Grpc.Validation;

namespace Platform.Identity.Grpc;

/// <summary>Step-up: verifications, the factors proven against them, and ticket redemption.</summary>
public sealed partial class IdentityService
{
    public override Task<Verification> BeginVerification(BeginVerificationRequest request, ServerCallContext context)
    {
        var caller = verifier.RequireUser(context, request.UserId);
        return stepUp.BeginAsync(caller, request);
    }

    public override Task<Verification> GetVerification(GetVerificationRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return stepUp.GetAsync(request.UserId, request.VerificationId);
    }

    public override Task<FactorResult> VerifyPaymentPassword(VerifyPaymentPasswordRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return paymentPassword.VerifyAsync(request);
    }

    public override Task<SendSmsCodeResponse> SendSmsCode(SendSmsCodeRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return smsCode.SendAsync(request);
    }

    public override Task<FactorResult> VerifySmsCode(VerifySmsCodeRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return smsCode.VerifyAsync(request);
    }

    public override Task<DeviceChallenge> CreateDeviceChallenge(CreateDeviceChallengeRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return deviceFactor.CreateChallengeAsync(request);
    }

    public override Task<FactorResult> VerifyDevice(VerifyDeviceRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return deviceFactor.VerifyAsync(request);
    }

    public override Task<FaceSession> StartFaceSession(StartFaceSessionRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return face.StartSessionAsync(request);
    }

    public override Task<FactorResult> VerifyFace(VerifyFaceRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return face.VerifyAsync(request, context.CancellationToken);
    }

    /// <summary>Only the operation's owner (a service) redeems tickets, never a user directly.</summary>
    public override Task<RedeemTicketResponse> RedeemTicket(RedeemTicketRequest request, ServerCallContext context)
    {
        var caller = verifier.RequireUser(context, request.UserId);
        if (caller.Role != CallerRole.System) throw RpcProblems.PermissionDenied("tickets are redeemed by the service that owns the operation");
        return stepUp.RedeemAsync(request);
    }
}
