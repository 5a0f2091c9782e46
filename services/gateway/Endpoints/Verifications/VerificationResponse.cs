using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Verifications;

/// <summary>A step-up in progress: the factors it needs, those proven, and once complete the single-use ticket.</summary>
public sealed record VerificationResponse(
    string VerificationId,
    string Purpose,
    string? OperationId,
    long AmountFen,
    VerificationFactor[] RequiredFactors,
    VerificationFactor[] SatisfiedFactors,
    DateTimeOffset? ExpiresAt,
    string? Ticket);
