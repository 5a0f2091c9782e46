using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Accounts;
using Platform.Identity.Domain.Cards;
using Platform.Identity.Domain.Devices;
using Platform.Identity.Domain.Face;
using Platform.Identity.Domain.Security;
using Platform.Identity.Domain.Tokens;
using Platform.Identity.Domain.Verification;
using Platform.ServiceDefaults.Security;

namespace Platform.Identity.Grpc;

/// <summary>
/// The Identity gRPC service. Every call is authorised on its signed caller first; user-scoped calls only for
/// that user. The work itself lives in the domain services; this class maps calls onto them.
/// </summary>
public sealed partial class IdentityService(
    CallerVerifier verifier,
    AccountService accounts,
    SessionIssuer sessions,
    AccessTokenIssuer accessTokens,
    DeviceService devices,
    CardService cards,
    FaceEnrolment faceEnrolment,
    StepUpService stepUp,
    PaymentPasswordFactor paymentPassword,
    SmsCodeFactor smsCode,
    DeviceFactor deviceFactor,
    FaceFactor face,
    SecurityCentre securityCentre) : Contracts.Identity.V1.Identity.IdentityBase
{
    public override Task<Session> Register(RegisterRequest request, ServerCallContext context)
    {
        verifier.GetCaller(context);
        return accounts.RegisterAsync(request);
    }

    public override Task<Session> Login(LoginRequest request, ServerCallContext context)
    {
        verifier.GetCaller(context);
        return accounts.LoginAsync(request);
    }

    public override Task<Session> Refresh(RefreshRequest request, ServerCallContext context)
    {
        verifier.GetCaller(context);
        return sessions.RefreshAsync(request.RefreshToken);
    }

    public override async Task<SigningKeys> GetSigningKeys(GetSigningKeysRequest request, ServerCallContext context)
    {
        verifier.GetCaller(context);
        return new SigningKeys { JwksJson = await accessTokens.GetKeySetAsync() };
    }

    public override Task<Device> RegisterDevice(RegisterDeviceRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return devices.RegisterAsync(request);
    }

    public override Task<ListDevicesResponse> ListDevices(UserRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return devices.ListAsync(request.UserId);
    }

    public override Task<ListDevicesResponse> RemoveDevice(RemoveDeviceRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return devices.RemoveAsync(request);
    }

    public override Task<BankCard> BindCard(BindCardRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return cards.BindAsync(request);
    }

    public override Task<ListCardsResponse> ListCards(UserRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return cards.ListAsync(request.UserId);
    }

    public override Task<BankCard> GetCard(GetCardRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return cards.GetAsync(request.UserId, request.CardId);
    }

    public override Task<FaceEnrollment> EnrollFace(EnrollFaceRequest request, ServerCallContext context)
    {
        verifier.RequireUser(context, request.UserId);
        return faceEnrolment.EnrollAsync(request, context.CancellationToken);
    }
}
