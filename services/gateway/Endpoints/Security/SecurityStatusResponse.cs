namespace Platform.Gateway.Endpoints.Security;

/// <summary>The security centre's summary of the account.</summary>
public sealed record SecurityStatusResponse(
    bool PaymentPasswordSet,
    bool PaymentPasswordLocked,
    bool FaceEnrolled,
    bool FaceDisabled,
    int TrustedDevices,
    int BoundCards,
    bool Frozen,
    DateTimeOffset? LastCredentialChangeAt);
