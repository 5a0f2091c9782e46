using Platform.Withdrawal.Bank;
using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Saga;

/// <summary>Where the bank's answer about a payout takes the saga.</summary>
public static class PayoutOutcome
{
    public static WithdrawalRecord Apply(WithdrawalRecord record, BankPayout payout, DateTimeOffset now)
    {
        var withBank = record with
        {
            BankReference = payout.BankReference.Length > 0 ? payout.BankReference : record.BankReference,
            ExpectedArrivalAt = payout.ExpectedArrivalAt ?? record.ExpectedArrivalAt,
        };
        return payout.Status switch
        {
            PayoutStatus.Pending => withBank.MoveTo(SagaState.Settling, now).WaitUntil(payout.ExpectedArrivalAt ?? now),
            PayoutStatus.Settled => withBank.MoveTo(SagaState.Posting, now),
            _ => withBank.MoveTo(SagaState.Reversing, now,
                $"The bank did not pay out: {(payout.Reason.Length > 0 ? payout.Reason : payout.Status.ToString().ToLowerInvariant())}. Nothing was charged."),
        };
    }
}
