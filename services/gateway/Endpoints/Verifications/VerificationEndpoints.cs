using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Identity.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Endpoints.Common;
using Platform.Gateway.Endpoints.Face;
using Platform.Gateway.RateLimiting;
using Platform.Gateway.Problems;

namespace Platform.Gateway.Endpoints.Verifications;

/// <summary>
/// Proving factors against a verification (a withdrawal's, a login's or a self-service one). Signed-in users
/// reach all of them; a login awaiting step-up reaches only its own verification with its step-up token.
/// </summary>
public static class VerificationEndpoints
{
    public static RouteGroupBuilder MapVerificationEndpoints(this RouteGroupBuilder api, FaceUploadLimit uploadLimit)
    {
        var group = api.MapGroup("/verifications").WithTags("Verifications")
            .RequireAuthorization(GatewaySchemes.VerifierPolicy)
            .AddEndpointFilter<StepUpScopeFilter>();
        group.MapPost("/", BeginAsync);
        group.MapGet("/{verificationId}", GetAsync);
        var factors = group.MapGroup("/{verificationId}").RequireRateLimiting(RateLimitPolicies.Credentials);
        factors.MapPost("/payment-password", PaymentPasswordAsync);
        factors.MapPost("/sms", SendSmsAsync);
        factors.MapPost("/sms/verify", VerifySmsAsync);
        factors.MapPost("/device-challenges", DeviceChallengeAsync);
        factors.MapPost("/device", DeviceProofAsync);
        factors.MapPost("/face-sessions", FaceSessionAsync);
        factors.MapPost("/face", FaceAsync).WithMetadata(uploadLimit);
        factors.MapPost("/face", FaceFormAsync).WithMetadata(uploadLimit)
            .Accepts<IFormFileCollection>(FaceUploadForm.ContentType).DisableAntiforgery().ExcludeFromDescription();
        return api;
    }

    private static async Task<Created<VerificationResponse>> BeginAsync(
        BeginVerificationBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var verification = await identity.BeginVerificationAsync(new BeginVerificationRequest
        {
            UserId = http.User.UserId(),
            Purpose = FieldNames.ToSnakeCase(body.Purpose!.Value.ToString()),
            DeviceId = http.User.DeviceId() ?? "",
        }, calls.ForUser(http));
        return TypedResults.Created($"/api/verifications/{verification.VerificationId}", verification.ToResponse());
    }

    private static async Task<Ok<VerificationResponse>> GetAsync(
        [Identifier] string verificationId, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var verification = await identity.GetVerificationAsync(
            new GetVerificationRequest { UserId = http.User.UserId(), VerificationId = verificationId }, calls.ForUser(http));
        return TypedResults.Ok(verification.ToResponse());
    }

    private static async Task<IResult> PaymentPasswordAsync(
        [Identifier] string verificationId, PaymentPasswordBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls) =>
        (await identity.VerifyPaymentPasswordAsync(new VerifyPaymentPasswordRequest
        {
            UserId = http.User.UserId(), VerificationId = verificationId, PaymentPassword = body.PaymentPassword,
        }, calls.ForUser(http))).ToResult();

    private static async Task<Ok<SmsSentResponse>> SendSmsAsync(
        [Identifier] string verificationId, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var sent = await identity.SendSmsCodeAsync(new SendSmsCodeRequest
        {
            UserId = http.User.UserId(), VerificationId = verificationId, ClientId = ClientKey.Of(http),
        }, calls.ForUser(http));
        return TypedResults.Ok(new SmsSentResponse(sent.ExpiresAt.ToApi(), sent.MaskedPhone));
    }

    private static async Task<IResult> VerifySmsAsync(
        [Identifier] string verificationId, SmsCodeBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls) =>
        (await identity.VerifySmsCodeAsync(new VerifySmsCodeRequest
        {
            UserId = http.User.UserId(), VerificationId = verificationId, Code = body.Code,
        }, calls.ForUser(http))).ToResult();

    private static async Task<Ok<DeviceChallengeResponse>> DeviceChallengeAsync(
        [Identifier] string verificationId, DeviceChallengeBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var challenge = await identity.CreateDeviceChallengeAsync(new CreateDeviceChallengeRequest
        {
            UserId = http.User.UserId(), VerificationId = verificationId, DeviceId = body.DeviceId,
        }, calls.ForUser(http));
        return TypedResults.Ok(new DeviceChallengeResponse(challenge.ChallengeId, challenge.Nonce.ToByteArray(), challenge.ExpiresAt.ToApi()));
    }

    private static async Task<IResult> DeviceProofAsync(
        [Identifier] string verificationId, DeviceProofBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls) =>
        (await identity.VerifyDeviceAsync(new VerifyDeviceRequest
        {
            UserId = http.User.UserId(),
            VerificationId = verificationId,
            ChallengeId = body.ChallengeId,
            Signature = Google.Protobuf.ByteString.CopyFrom(body.Signature),
        }, calls.ForUser(http))).ToResult();

    private static async Task<Ok<FaceSessionResponse>> FaceSessionAsync(
        [Identifier] string verificationId, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var session = await identity.StartFaceSessionAsync(
            new StartFaceSessionRequest { UserId = http.User.UserId(), VerificationId = verificationId }, calls.ForUser(http));
        return TypedResults.Ok(new FaceSessionResponse(session.SessionId, session.Nonce.ToByteArray(), session.Prompt, session.ExpiresAt.ToApi()));
    }

    private static async Task<IResult> FaceAsync(
        [Identifier] string verificationId, FaceProbeBody body, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var request = new VerifyFaceRequest { UserId = http.User.UserId(), VerificationId = verificationId, SessionId = body.SessionId };
        if (body.Descriptor is not null) request.Descriptor_.Add(body.Descriptor);
        ImageBytes.AddTo(request.Frames, body.Frames);
        return (await identity.VerifyFaceAsync(request, calls.ForFaceAnalysis(http))).ToResult();
    }

    /// <summary>The frames as multipart/form-data files named "frames", in capture order, beside a "sessionId" field.</summary>
    private static async Task<IResult> FaceFormAsync(
        [Identifier] string verificationId, HttpContext http, Identity.IdentityClient identity, ServiceCalls calls)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var sessionId = FaceUploadForm.Field(form, "sessionId", 64, out var problem, identifier: true);
        if (problem is not null) return problem;
        var request = new VerifyFaceRequest { UserId = http.User.UserId(), VerificationId = verificationId, SessionId = sessionId };
        await FaceUploadForm.AddFilesAsync(form, "frames", request.Frames, http.RequestAborted);
        return (await identity.VerifyFaceAsync(request, calls.ForFaceAnalysis(http))).ToResult();
    }
}
