using Google.Protobuf.WellKnownTypes;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.PubSub;
using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Events;

/// <summary>
/// The events a saga publishes, each on its own topic: created, review_required, rejected, failed, completed.
/// They are built by the pub/sub library and appended by the same script that changes the saga (the outbox).
/// </summary>
public sealed class WithdrawalEvents(IPubSubClient pubSub)
{
    public OutboxMessage Created(WithdrawalRecord record) => Build(Topics.WithdrawalCreated, "created", record);

    /// <summary>The event for a change of state, or null when the change is not one anybody subscribes to.</summary>
    public OutboxMessage? ForTransition(WithdrawalRecord before, WithdrawalRecord after)
    {
        if (before.State == after.State) return null;
        return after.State switch
        {
            SagaState.Review => Build(Topics.WithdrawalReviewRequired, "under_review", after),
            SagaState.Rejected => Build(Topics.WithdrawalRejected, "rejected", after),
            SagaState.Failed => Build(Topics.WithdrawalFailed, "failed", after),
            SagaState.Completed => Build(Topics.WithdrawalCompleted, "completed", after),
            _ => null,
        };
    }

    private OutboxMessage Build(string topic, string status, WithdrawalRecord record) =>
        pubSub.CreateOutboxMessage(Topics.PubSubName, topic, new WithdrawalEvent
        {
            WithdrawalId = record.Id,
            UserId = record.UserId,
            AmountFen = record.AmountFen,
            CardLast4 = record.CardLast4,
            Status = status,
            Reason = record.Reason,
            DeviceId = record.DeviceId,
            CardFingerprint = record.CardFingerprint,
            At = Timestamp.FromDateTimeOffset(record.UpdatedAt),
            ExpectedArrivalAt = record.ExpectedArrivalAt is { } arrival ? Timestamp.FromDateTimeOffset(arrival) : null,
        });
}
