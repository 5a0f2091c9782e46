using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Contracts.Events.V1;
using Platform.PubSub;
using Platform.Withdrawal.Configuration;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Downstream;
using Platform.Withdrawal.Saga;
using Platform.Withdrawal.Storage;

namespace Platform.Withdrawal.Handlers;

/// <summary>
/// A reviewer's decision on a withdrawal held for review, from the risk.alert topic ("review_approved" /
/// "review_declined" for the withdrawal's operation id): approved → the verification opens (VERIFICATION_REQUIRED);
/// declined → REJECTED. Only a saga still under review for that case changes, so redeliveries are harmless.
/// </summary>
public sealed partial class ReviewDecisionHandler(
    SagaLeases leases, SagaDriver driver, VerificationOpener verifications,
    IOptions<WithdrawalOptions> options, TimeProvider time, ILogger<ReviewDecisionHandler> logger) : ITopicHandler<RiskAlert>
{
    public const string Approved = "review_approved";
    public const string Declined = "review_declined";

    public async Task<TopicResponse> HandleAsync(TopicEvent<RiskAlert> topicEvent, CancellationToken cancellationToken)
    {
        var alert = topicEvent.Data;
        if (alert.Decision is not (Approved or Declined)) return TopicResponse.Success;
        if (!WithdrawalId.IsValid(alert.OperationId) || string.IsNullOrEmpty(alert.UserId)) return TopicResponse.Success;

        var saga = new SagaRef(alert.OperationId, alert.UserId);
        var leased = await leases.TryAcquireAsync(saga, cancellationToken).ConfigureAwait(false);
        if (leased is null) return TopicResponse.Retry;
        await using var lease = leased.Lease;
        var record = leased.Record;
        if (record is not { State: SagaState.Review } || record.RiskCaseId != alert.CaseId) return TopicResponse.Success;

        var now = time.GetUtcNow();
        WithdrawalRecord next;
        if (alert.Decision == Declined)
        {
            next = record.MoveTo(SagaState.Rejected, now, "Declined after review by risk control. Nothing was charged.");
        }
        else
        {
            try
            {
                next = await verifications.OpenAsync(record, options.Value.ReviewApprovedFactors, now, cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException error) when (error.IsTransient())
            {
                return TopicResponse.Retry;
            }
            catch (RpcException error)
            {
                next = record.MoveTo(SagaState.Failed, now, $"The verification could not be opened: {error.Explanation()}. Nothing was charged.");
            }
        }
        await driver.CommitAsync(lease, record, next, cancellationToken).ConfigureAwait(false);
        LogDecided(logger, record.Id, alert.Decision);
        return TopicResponse.Success;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Withdrawal {WithdrawalId}: reviewer decision {Decision} applied")]
    private static partial void LogDecided(ILogger logger, string withdrawalId, string decision);
}
