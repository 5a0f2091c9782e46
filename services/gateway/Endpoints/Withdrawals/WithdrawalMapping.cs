using Platform.Contracts.Withdrawal.V1;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Withdrawals;

public static class WithdrawalMapping
{
    public static WithdrawalResponse ToResponse(this Withdrawal withdrawal) => new(
        withdrawal.WithdrawalId,
        withdrawal.AmountFen,
        withdrawal.CardId,
        withdrawal.CardLast4,
        withdrawal.Status.ToApi(),
        NullIfEmpty(withdrawal.Reason),
        withdrawal.RequiredFactors.ToApi(),
        NullIfEmpty(withdrawal.VerificationId),
        withdrawal.VerificationExpiresAt.ToApi(),
        NullIfEmpty(withdrawal.BankReference),
        withdrawal.CreatedAt.ToApi(),
        withdrawal.UpdatedAt.ToApi(),
        withdrawal.ExpectedArrivalAt.ToApi(),
        withdrawal.CompletedAt.ToApi());

    public static WithdrawalState ToApi(this WithdrawalStatus status) => status switch
    {
        WithdrawalStatus.Assessing => WithdrawalState.Assessing,
        WithdrawalStatus.VerificationRequired => WithdrawalState.VerificationRequired,
        WithdrawalStatus.UnderReview => WithdrawalState.UnderReview,
        WithdrawalStatus.Reserving => WithdrawalState.Reserving,
        WithdrawalStatus.PayingOut => WithdrawalState.PayingOut,
        WithdrawalStatus.Settling => WithdrawalState.Settling,
        WithdrawalStatus.Completed => WithdrawalState.Completed,
        WithdrawalStatus.Failed => WithdrawalState.Failed,
        WithdrawalStatus.Rejected => WithdrawalState.Rejected,
        WithdrawalStatus.Reversing => WithdrawalState.Reversing,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "The withdrawal service answered with an unknown status."),
    };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
