using Platform.Identity.Domain.Lockouts;
using Platform.Identity.Storage;

namespace Platform.Identity.Domain.Face;

/// <summary>Whether face can be asked for: a template is enrolled and too many failures have not disabled it.</summary>
public sealed class FaceAvailability(FaceStore faces, AttemptLimiter limiter)
{
    public async Task<bool> IsUsableAsync(string userId) =>
        await faces.IsEnrolledAsync(userId) && !(await limiter.GetStateAsync(userId, CredentialNames.Face)).Disabled;
}
