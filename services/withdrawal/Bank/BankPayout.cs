namespace Platform.Withdrawal.Bank;

/// <summary>A payout as the bank sees it.</summary>
public sealed record BankPayout(
    string Key,
    PayoutStatus Status,
    string BankReference,
    string Reason,
    string ClientReference,
    DateTimeOffset? ExpectedArrivalAt)
{
    /// <summary>True once no money can still move: rejected, failed or cancelled.</summary>
    public bool MovedNoMoney => Status is PayoutStatus.Rejected or PayoutStatus.Failed or PayoutStatus.Cancelled;
}
