using System.Security.Cryptography;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Domain.Face;
using Platform.Identity.Domain.Lockouts;
using Platform.Identity.Grpc;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Identity.Telemetry;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Verification;

/// <summary>
/// Face verification: a challenge session (random nonce, single use, 3 minutes, an action prompt), then the probe
/// descriptor is compared with the enrolled template by Euclidean distance against the configured threshold.
/// Failures are limited: a cool-down after 5, face disabled at the hard cap until re-enrolment.
/// </summary>
public sealed class FaceFactor(
    FactorGate gate,
    FaceStore faces,
    FaceTemplateCipher cipher,
    SingleUseStore sessions,
    AttemptLimiter limiter,
    IdentityTelemetry telemetry,
    IOptions<IdentityOptions> options,
    TimeProvider time)
{
    private static readonly string[] Prompts = ["blink", "turn_left", "turn_right", "nod", "smile", "turn_left_then_right"];

    public async Task<FaceSession> StartSessionAsync(StartFaceSessionRequest request)
    {
        var verificationId = FieldRules.Id(request.VerificationId, "verification_id");
        var (account, _) = await gate.OpenAsync(request.UserId, verificationId, Factor.Face);
        if (!await faces.IsEnrolledAsync(account.UserId)) throw RpcProblems.FailedPrecondition("no face is enrolled");
        var state = await limiter.GetStateAsync(account.UserId, CredentialNames.Face);
        if (state.Disabled) throw RpcProblems.FailedPrecondition("face verification is disabled after too many failures; re-enrol with another factor");

        var settings = options.Value;
        var sessionId = RandomSecrets.Id("fs");
        var nonce = RandomSecrets.Nonce(16);
        var prompt = Prompts[RandomNumberGenerator.GetInt32(Prompts.Length)];
        var expiresAt = time.GetUtcNow() + settings.Face.SessionLifetime;
        await sessions.CreateAsync(IdentityKeys.FaceSession(account.UserId, sessionId), expiresAt,
            settings.Face.SessionLifetime + settings.Verification.ReplayMemory,
            new("verification", verificationId), new("nonce", nonce), new("prompt", prompt));
        return new FaceSession { SessionId = sessionId, Nonce = ByteString.CopyFrom(nonce), Prompt = prompt, ExpiresAt = Timestamp.FromDateTimeOffset(expiresAt) };
    }

    public async Task<FactorResult> VerifyAsync(VerifyFaceRequest request)
    {
        var verificationId = FieldRules.Id(request.VerificationId, "verification_id");
        var sessionId = FieldRules.Id(request.SessionId, "session_id");
        if (request.Descriptor_.Count == 0 && request.Frames.Count > 0)
            throw RpcProblems.Invalid("descriptor is required: images (frames) are not accepted until the face engine is in place");
        var probe = FaceDescriptor.Validate(request.Descriptor_);
        var (account, verification) = await gate.OpenAsync(request.UserId, verificationId, Factor.Face);

        var (status, fields) = await sessions.TakeAsync(IdentityKeys.FaceSession(account.UserId, sessionId), time.GetUtcNow());
        if (status == "missing") throw RpcProblems.NotFound("no such face session");
        if (status != "ok")
        {
            telemetry.FaceVerified(status);
            return await gate.FailAsync(account, verification, Factor.Face, status);
        }
        if (System.Text.Encoding.UTF8.GetString(fields["verification"]) != verificationId)
            throw RpcProblems.FailedPrecondition("the face session belongs to another verification");
        var template = await faces.FindAsync(account.UserId) ?? throw RpcProblems.FailedPrecondition("no face is enrolled");

        double? distance = null;
        var attempt = await limiter.CheckAsync(account.UserId, CredentialNames.Face, options.Value.Face.Lockout, () =>
        {
            var enrolled = cipher.Open(account.UserId, template);
            distance = FaceDescriptor.Distance(probe, enrolled);
            Array.Clear(enrolled);
            return Task.FromResult(distance <= options.Value.Face.Threshold);
        });
        telemetry.FaceVerified(attempt.Succeeded ? "match" : attempt.Reason, distance);
        return await gate.ConcludeAsync(account, verification, Factor.Face, CredentialNames.Face, attempt);
    }
}
