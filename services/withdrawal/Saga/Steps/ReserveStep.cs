using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Contracts.Credit.V1;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Downstream;
using Platform.Withdrawal.Configuration;
using CreditClient = Platform.Contracts.Credit.V1.Credit.CreditClient;

namespace Platform.Withdrawal.Saga.Steps;

/// <summary>
/// Reserves the credit hold, idempotent by the withdrawal id. Credit refusing (insufficient credit, a limit) fails
/// the withdrawal with its reason and nothing held; an unreachable credit service is retried, then reversed.
/// </summary>
public sealed class ReserveStep(CreditClient credit, DownstreamCalls calls, IOptions<WithdrawalOptions> options) : SagaStep
{
    public override SagaState State => SagaState.Reserving;
    public override string Name => "reserve";

    public override async Task<StepResult> RunAsync(SagaStepContext context, CancellationToken cancellationToken)
    {
        var record = context.Record;
        try
        {
            var hold = await IdempotentRetry.RunAsync(() => credit.ReserveAsync(new ReserveRequest
            {
                UserId = record.UserId,
                OperationId = record.Id,
                AmountFen = record.AmountFen,
                Strength = record.Strength,
                ExpiresInSeconds = (int)options.Value.HoldExpiry.TotalSeconds,
            }, calls.Credit(record.UserId, cancellationToken)).ResponseAsync).ConfigureAwait(false);

            return hold.State is HoldState.Pending or HoldState.Posted
                ? StepResult.Commit(record.MoveTo(SagaState.PayingOut, context.Now))
                : StepResult.Commit(record.MoveTo(SagaState.Reversing, context.Now,
                    $"The credit hold ended ({hold.State}) before the payout. Nothing was charged."));
        }
        catch (RpcException error) when (error.IsTransient())
        {
            return StepResult.Retry("credit unavailable", error);
        }
        catch (RpcException error)
        {
            return StepResult.Commit(record.MoveTo(SagaState.Failed, context.Now, CreditRefusal.Describe(error)));
        }
    }

    /// <summary>The reserve may have gone through with its answer lost: void, whatever happened, before failing.</summary>
    public override Task<StepResult?> GiveUpAsync(SagaStepContext context, CancellationToken cancellationToken) =>
        Task.FromResult<StepResult?>(StepResult.Commit(context.Record.MoveTo(SagaState.Reversing, context.Now,
            "The credit service did not answer in time. Nothing was charged.")));
}
