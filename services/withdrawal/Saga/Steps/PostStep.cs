using Grpc.Core;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Credit.V1;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Downstream;
using Platform.Withdrawal.Telemetry;
using CreditClient = Platform.Contracts.Credit.V1.Credit.CreditClient;

namespace Platform.Withdrawal.Saga.Steps;

/// <summary>
/// The money arrived: post the hold (idempotent by the withdrawal id) → COMPLETED. Never gives up: the money is out,
/// so only posting can make credit and the bank agree.
/// </summary>
public sealed partial class PostStep(CreditClient credit, DownstreamCalls calls, WithdrawalTelemetry telemetry, ILogger<PostStep> logger)
    : SagaStep
{
    public override SagaState State => SagaState.Posting;
    public override string Name => "post";

    public override async Task<StepResult> RunAsync(SagaStepContext context, CancellationToken cancellationToken)
    {
        var record = context.Record;
        try
        {
            await IdempotentRetry.RunAsync(() => credit.PostAsync(
                new SettleHoldRequest { UserId = record.UserId, OperationId = record.Id },
                calls.Credit(record.UserId, cancellationToken)).ResponseAsync).ConfigureAwait(false);
            return StepResult.Commit(record.MoveTo(SagaState.Completed, context.Now, ""));
        }
        catch (RpcException error) when (error.IsTransient())
        {
            return StepResult.Retry("credit unavailable", error);
        }
        catch (RpcException error)
        {
            // The money was paid out but credit will not post the hold (it expired or was voided by hand): the
            // withdrawal did complete for the user; the books need a person.
            telemetry.Anomaly("post_refused");
            LogPostRefused(logger, record.Id, error.StatusCode);
            return StepResult.Commit(record.MoveTo(SagaState.Completed, context.Now,
                "Paid out; the credit hold could not be posted and is being reconciled."));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Withdrawal {WithdrawalId} was paid out but credit refused to post its hold ({Status}); reconcile by hand")]
    private static partial void LogPostRefused(ILogger logger, string withdrawalId, StatusCode status);
}
