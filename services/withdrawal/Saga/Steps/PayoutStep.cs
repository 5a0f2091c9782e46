using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Downstream;
using Platform.Withdrawal.Storage;

namespace Platform.Withdrawal.Saga.Steps;

/// <summary>
/// Pays out through the bank, never twice: the saga stores "payout requested" before it first calls the bank, and
/// from then on asks the bank about the payout (keyed by the withdrawal id) instead of sending it again. Only if the
/// bank never received it is it sent (again, with the same key, which the bank dedupes anyway).
/// </summary>
public sealed class PayoutStep(BankCalls bank) : SagaStep
{
    public override SagaState State => SagaState.PayingOut;
    public override string Name => "payout";

    public override async Task<StepResult> RunAsync(SagaStepContext context, CancellationToken cancellationToken)
    {
        try
        {
            var known = context.Record.PayoutRequestedAt is null
                ? null
                : await bank.GetAsync(context.Record.Id, cancellationToken).ConfigureAwait(false);
            if (context.Record.PayoutRequestedAt is null)
            {
                await context.SaveAsync(context.Record with { PayoutRequestedAt = context.Now }).ConfigureAwait(false);
            }
            var payout = known ?? await bank.PayoutAsync(context.Record, cancellationToken).ConfigureAwait(false);
            return StepResult.Commit(PayoutOutcome.Apply(context.Record, payout, context.Now));
        }
        catch (Exception error) when (error is not SagaConflictException && !cancellationToken.IsCancellationRequested)
        {
            return StepResult.Retry("the bank did not answer", error);
        }
    }

    /// <summary>After too many unanswered attempts: cancel at the bank (which also refuses a late copy), then reverse.</summary>
    public override async Task<StepResult?> GiveUpAsync(SagaStepContext context, CancellationToken cancellationToken)
    {
        try
        {
            var payout = await bank.CancelAsync(context.Record.Id, cancellationToken).ConfigureAwait(false);
            return StepResult.Commit(PayoutOutcome.Apply(context.Record, payout, context.Now));
        }
        catch (Exception error) when (error is not SagaConflictException && !cancellationToken.IsCancellationRequested)
        {
            return StepResult.Retry("the bank did not answer the cancellation", error);
        }
    }
}
