using Platform.Gateway.Endpoints.Verifications;

namespace Platform.Gateway.Endpoints.Auth;

/// <summary>
/// A signed-in session, or (when <see cref="StepUpRequired"/>) the verification a login from an untrusted device
/// must complete first, with the <see cref="StepUpToken"/> that authenticates its factor routes
/// (<c>X-Step-Up-Token</c>).
/// </summary>
public sealed record SessionResponse(
    string UserId,
    string? AccessToken,
    string? RefreshToken,
    DateTimeOffset? AccessExpiresAt,
    bool StepUpRequired,
    string? StepUpToken,
    VerificationResponse? Verification);
