using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Lockouts;
using Platform.Identity.Domain.Security;
using Platform.Identity.Domain.Verification;
using Platform.Identity.Events;
using Platform.Identity.Grpc;
using Platform.Identity.Storage;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Face;

/// <summary>
/// Enrols (or re-enrols) a face: a ticket for purpose "face_enrolment" first, then the descriptor is sealed and
/// stored. Re-enrolment also re-enables a face that too many failures disabled.
/// </summary>
public sealed class FaceEnrolment(
    AccountStore accounts, StepUpService stepUp, FaceTemplateCipher cipher, FaceStore faces, AttemptLimiter limiter, SecurityEventPublisher events)
{
    public async Task<FaceEnrollment> EnrollAsync(EnrollFaceRequest request)
    {
        var descriptor = FaceDescriptor.Validate(request.Descriptor_);
        var account = await accounts.FindAsync(request.UserId) ?? throw RpcProblems.NotFound("no such user");
        if (account.Frozen) throw RpcProblems.FailedPrecondition("the account is frozen");
        await stepUp.RedeemOwnAsync(account.UserId, request.Ticket, Purposes.FaceEnrolment);

        var sealedTemplate = cipher.Seal(account.UserId, descriptor);
        Array.Clear(descriptor);
        await faces.SaveAsync(account.UserId, sealedTemplate);
        await limiter.ResetAsync(account.UserId, CredentialNames.Face);
        await events.PublishAsync(account, SecurityEventTypes.FaceEnrolled);
        return new FaceEnrollment { Enrolled = true, EnrolledAt = Timestamp.FromDateTimeOffset(sealedTemplate.EnrolledAt), KeyId = sealedTemplate.KeyId };
    }
}
