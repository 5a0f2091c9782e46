using Microsoft.Extensions.Options;
using Platform.Withdrawal.Bank;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Downstream;
using Platform.Withdrawal.Configuration;
using Platform.Withdrawal.Storage;

namespace Platform.Withdrawal.Saga.Steps;

/// <summary>
/// Runs once the expected arrival time has passed (or the bank says the payout settled): settled → post the hold;
/// failed → reverse; still pending → ask again later, and past the settlement timeout cancel it and reverse.
/// </summary>
public sealed class SettlementStep(BankCalls bank, IOptions<WithdrawalOptions> options) : SagaStep
{
    public override SagaState State => SagaState.Settling;
    public override string Name => "settlement";

    public override async Task<StepResult> RunAsync(SagaStepContext context, CancellationToken cancellationToken)
    {
        var record = context.Record;
        try
        {
            var payout = await bank.GetAsync(record.Id, cancellationToken).ConfigureAwait(false)
                // The bank has no trace of a payout it accepted: make sure it never pays it, then reverse.
                ?? await bank.CancelAsync(record.Id, cancellationToken).ConfigureAwait(false);
            if (payout.Status != PayoutStatus.Pending)
            {
                return StepResult.Commit(PayoutOutcome.Apply(record, payout, context.Now));
            }
            var arrival = payout.ExpectedArrivalAt ?? record.ExpectedArrivalAt ?? context.Now;
            if (context.Now <= arrival + options.Value.SettlementTimeout)
            {
                var next = arrival > context.Now ? arrival : context.Now + options.Value.SettlementPollInterval;
                return StepResult.Commit(record.WaitUntil(next));
            }
            var cancelled = await bank.CancelAsync(record.Id, cancellationToken).ConfigureAwait(false);
            return StepResult.Commit(cancelled.Status == PayoutStatus.Cancelled
                ? record.MoveTo(SagaState.Reversing, context.Now, "The bank did not complete the transfer in time. Nothing was charged.")
                : PayoutOutcome.Apply(record, cancelled, context.Now));
        }
        catch (Exception error) when (error is not SagaConflictException && !cancellationToken.IsCancellationRequested)
        {
            return StepResult.Retry("the bank did not answer", error);
        }
    }
}
