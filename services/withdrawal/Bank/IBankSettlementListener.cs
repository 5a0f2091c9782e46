namespace Platform.Withdrawal.Bank;

/// <summary>
/// Told by the bank adapter when a payout settles or fails to settle. A notification can be lost (a crash); the
/// saga also asks the bank once the expected arrival time has passed, so this only makes the news arrive sooner.
/// </summary>
public interface IBankSettlementListener
{
    Task OnSettledAsync(BankPayout payout, CancellationToken cancellationToken);
}
