using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Withdrawals;

/// <summary>
/// A withdrawal as the user sees it. In <see cref="WithdrawalState.VerificationRequired"/>, prove
/// <see cref="RequiredFactors"/> on verification <see cref="VerificationId"/>, then confirm with its ticket.
/// </summary>
public sealed record WithdrawalResponse(
    string WithdrawalId,
    long AmountFen,
    string CardId,
    string CardLast4,
    WithdrawalState Status,
    string? Reason,
    VerificationFactor[] RequiredFactors,
    string? VerificationId,
    DateTimeOffset? VerificationExpiresAt,
    string? BankReference,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? ExpectedArrivalAt,
    DateTimeOffset? CompletedAt);
