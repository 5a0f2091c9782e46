using Platform.Withdrawal.Bank;
using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Saga;

/// <summary>Hands the saga of a payout the bank just settled to the background drivers, so it completes at once.</summary>
public sealed class SettlementNotifications(SagaQueue queue) : IBankSettlementListener
{
    public Task OnSettledAsync(BankPayout payout, CancellationToken cancellationToken)
    {
        if (SagaRef.TryParseIndexMember(payout.ClientReference, out var saga)) queue.Enqueue(saga);
        return Task.CompletedTask;
    }
}
