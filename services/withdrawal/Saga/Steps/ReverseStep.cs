using Grpc.Core;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Credit.V1;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Downstream;
using Platform.Withdrawal.Telemetry;
using CreditClient = Platform.Contracts.Credit.V1.Credit.CreditClient;

namespace Platform.Withdrawal.Saga.Steps;

/// <summary>
/// Compensation: voids the hold (idempotent by the withdrawal id) so the credit is available again → FAILED, with
/// the reason recorded when the saga started reversing. Never gives up: a hold must not stay behind.
/// </summary>
public sealed partial class ReverseStep(CreditClient credit, DownstreamCalls calls, WithdrawalTelemetry telemetry, ILogger<ReverseStep> logger)
    : SagaStep
{
    public override SagaState State => SagaState.Reversing;
    public override string Name => "reverse";

    public override async Task<StepResult> RunAsync(SagaStepContext context, CancellationToken cancellationToken)
    {
        var record = context.Record;
        try
        {
            await IdempotentRetry.RunAsync(() => credit.VoidAsync(
                new SettleHoldRequest { UserId = record.UserId, OperationId = record.Id, Reason = ShortReason(record) },
                calls.Credit(record.UserId, cancellationToken)).ResponseAsync).ConfigureAwait(false);
        }
        catch (RpcException error) when (error.IsTransient())
        {
            return StepResult.Retry("credit unavailable", error);
        }
        catch (RpcException error) when (error.StatusCode == StatusCode.NotFound ||
                                         CreditRefusal.Code(error) is CreditRefusal.HoldVoided or CreditRefusal.HoldExpired)
        {
            // No hold was made (the reserve never reached credit), or it is already released: nothing to give back.
        }
        catch (RpcException error)
        {
            telemetry.Anomaly("void_refused");
            LogVoidRefused(logger, record.Id, error.StatusCode);
        }
        return StepResult.Commit(record.MoveTo(SagaState.Failed, context.Now));
    }

    private static string ShortReason(WithdrawalRecord record) =>
        record.PayoutRequestedAt is null ? "withdrawal_abandoned" : "payout_failed";

    [LoggerMessage(Level = LogLevel.Error, Message = "Credit refused to void the hold of withdrawal {WithdrawalId} ({Status}); reconcile by hand")]
    private static partial void LogVoidRefused(ILogger logger, string withdrawalId, StatusCode status);
}
