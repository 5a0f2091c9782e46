namespace Platform.Withdrawal.Bank;

/// <summary>
/// The bank the money is paid out through. Every payout is identified by a key chosen by the caller (the withdrawal
/// id): the bank dedupes on it, so a payout with a key it has seen is never made again.
/// </summary>
public interface IBankGateway
{
    /// <summary>Sends a payout. Sent again with the same key, it returns the first payout as it stands now.</summary>
    Task<BankPayout> PayoutAsync(PayoutInstruction instruction, CancellationToken cancellationToken);

    /// <summary>The payout with this key, or null if the bank never received one.</summary>
    Task<BankPayout?> GetPayoutAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels a payout that has not settled and makes the bank refuse any later payout with this key (even one it has
    /// not received yet). A payout that already settled stays settled. Returns the payout as it ends up.
    /// </summary>
    Task<BankPayout> CancelPayoutAsync(string key, CancellationToken cancellationToken);
}
