using Platform.Contracts.Identity.V1;
using Platform.Gateway.Authentication;
using Platform.Gateway.Endpoints.Common;
using Platform.Gateway.Endpoints.Verifications;

namespace Platform.Gateway.Endpoints.Auth;

public static class SessionMapping
{
    public static SessionResponse ToResponse(this Session session, StepUpTokens stepUpTokens)
    {
        var stepUp = session.StepUpRequired && session.Verification is { } verification
            ? stepUpTokens.Issue(session.UserId, verification.VerificationId, verification.ExpiresAt.ToApi())
            : null;
        return new SessionResponse(
            session.UserId,
            NullIfEmpty(session.AccessToken),
            NullIfEmpty(session.RefreshToken),
            session.AccessExpiresAt.ToApi(),
            session.StepUpRequired,
            stepUp,
            session.Verification?.ToResponse());
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
