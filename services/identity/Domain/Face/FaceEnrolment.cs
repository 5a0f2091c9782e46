using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Domain.Lockouts;
using Platform.Identity.Domain.Security;
using Platform.Identity.Domain.Verification;
using Platform.Identity.Events;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Face;

/// <summary>
/// Enrols (or re-enrols) a face from photos (or, where allowed, a descriptor computed on the device). The photos
/// are checked before the "face_enrolment" ticket is redeemed, so a photo without a usable face costs the user no
/// ticket; then the template is sealed and stored, and the photos are dropped. Re-enrolment also re-enables a face
/// that too many failures disabled.
/// </summary>
public sealed class FaceEnrolment(
    AccountStore accounts, StepUpService stepUp, FaceTemplateCipher cipher, FaceStore faces, AttemptLimiter limiter,
    SecurityEventPublisher events, AnalysisSlots slots, FaceAnalysis analysis, IOptions<IdentityOptions> options)
{
    public async Task<FaceEnrollment> EnrollAsync(EnrollFaceRequest request, CancellationToken cancellationToken)
    {
        var face = options.Value.Face;
        var photos = ProbeInput.Read(request.Descriptor_, "descriptor", request.Images, "images", face, face.Images.MaxEnrolmentImages);
        var account = await accounts.FindAsync(request.UserId) ?? throw RpcProblems.NotFound("no such user");
        if (account.Frozen) throw RpcProblems.FailedPrecondition("the account is frozen");

        float[] template;
        if (photos.Images is { } images)
        {
            using var slot = await slots.AcquireAsync(cancellationToken);
            template = analysis.Template(images, "images");
        }
        else
        {
            template = photos.Descriptor!;
        }
        await stepUp.RedeemOwnAsync(account.UserId, request.Ticket, Purposes.FaceEnrolment);

        var sealedTemplate = cipher.Seal(account.UserId, template);
        Array.Clear(template);
        await faces.SaveAsync(account.UserId, sealedTemplate);
        await limiter.ResetAsync(account.UserId, CredentialNames.Face);
        await events.PublishAsync(account, SecurityEventTypes.FaceEnrolled);
        return new FaceEnrollment { Enrolled = true, EnrolledAt = Timestamp.FromDateTimeOffset(sealedTemplate.EnrolledAt), KeyId = sealedTemplate.KeyId };
    }
}
