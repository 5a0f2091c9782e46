using System.Text;
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
/// Face verification: a challenge session (random nonce, single use, 3 minutes, a head-movement prompt), then the
/// frames the client captured are checked by the face engine — exactly one face in each, each the enrolled person,
/// turning as prompted (or, where allowed, a descriptor computed on the device is compared with the template).
/// Undecodable or oversized frames are refused before anything changes; a frame without the enrolled face, or
/// frames that do not perform the prompt, count as failures: a cool-down after 5, face disabled at the hard cap
/// until re-enrolment.
/// </summary>
public sealed class FaceFactor(
    FactorGate gate,
    FaceStore faces,
    FaceTemplateCipher cipher,
    SingleUseStore sessions,
    AttemptLimiter limiter,
    AnalysisSlots slots,
    FaceAnalysis analysis,
    IdentityTelemetry telemetry,
    IOptions<IdentityOptions> options,
    TimeProvider time)
{
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
        var prompt = FacePrompts.Draw();
        var expiresAt = time.GetUtcNow() + settings.Face.SessionLifetime;
        await sessions.CreateAsync(IdentityKeys.FaceSession(account.UserId, sessionId), expiresAt,
            settings.Face.SessionLifetime + settings.Verification.ReplayMemory,
            new("verification", verificationId), new("nonce", nonce), new("prompt", prompt));
        return new FaceSession { SessionId = sessionId, Nonce = ByteString.CopyFrom(nonce), Prompt = prompt, ExpiresAt = Timestamp.FromDateTimeOffset(expiresAt) };
    }

    public async Task<FactorResult> VerifyAsync(VerifyFaceRequest request, CancellationToken cancellationToken)
    {
        var face = options.Value.Face;
        var verificationId = FieldRules.Id(request.VerificationId, "verification_id");
        var sessionId = FieldRules.Id(request.SessionId, "session_id");
        var probe = ProbeInput.Read(request.Descriptor_, "descriptor", request.Frames, "frames", face, face.Images.MaxFrames);
        var (account, verification) = await gate.OpenAsync(request.UserId, verificationId, Factor.Face);

        // The engine is checked and a slot taken before the session, so a missing or busy engine refuses without
        // using up the session.
        if (probe.Images is not null) analysis.EnsureAvailable();
        using var slot = probe.Images is null ? null : await slots.AcquireAsync(cancellationToken);
        var (status, fields) = await sessions.TakeAsync(IdentityKeys.FaceSession(account.UserId, sessionId), time.GetUtcNow());
        if (status == "missing") throw RpcProblems.NotFound("no such face session");
        if (status != "ok")
        {
            telemetry.FaceVerified(status);
            return await gate.FailAsync(account, verification, Factor.Face, status);
        }
        if (Encoding.UTF8.GetString(fields["verification"]) != verificationId)
            throw RpcProblems.FailedPrecondition("the face session belongs to another verification");
        var movements = FacePrompts.MovementsOf(Encoding.UTF8.GetString(fields["prompt"]))
            ?? throw RpcProblems.FailedPrecondition("the face session's prompt is no longer used; start a new face session");
        var template = await faces.FindAsync(account.UserId) ?? throw RpcProblems.FailedPrecondition("no face is enrolled");

        var outcome = "mismatch";
        double? distance = null;
        var attempt = await limiter.CheckAsync(account.UserId, CredentialNames.Face, face.Lockout, () =>
        {
            var enrolled = cipher.Open(account.UserId, template);
            try
            {
                if (probe.Descriptor is { } descriptor)
                {
                    distance = FaceDescriptor.Distance(descriptor, enrolled);
                    return Task.FromResult(distance <= face.Threshold);
                }
                var result = analysis.Challenge(movements, enrolled, probe.Images!);
                outcome = FailureReasons.Of(result.Outcome);
                return Task.FromResult(result.Passed);
            }
            finally
            {
                Array.Clear(enrolled);
            }
        });
        var reason = attempt.Status == AttemptStatus.Failed ? outcome : attempt.Reason;
        telemetry.FaceVerified(attempt.Succeeded ? "match" : reason, distance);
        return await gate.ConcludeAsync(account, verification, Factor.Face, CredentialNames.Face, attempt, failureReason: reason);
    }
}
