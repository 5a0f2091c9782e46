using Google.Protobuf.WellKnownTypes;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Events;

/// <summary>
/// The events a saga publishes, each on its own topic: created, review_required, rejected, failed, completed.
/// They are appended by the same script that changes the saga (the outbox).
/// </summary>
public sealed class WithdrawalEvents(OutboxEncoder encoder)
{
    public OutboxEvent Created(WithdrawalRecord record) => Encode(Topics.WithdrawalCreated, "created", record);

    /// <summary>The event for a change of state, or null when the change is not one anybody subscribes to.</summary>
    public OutboxEvent? ForTransition(WithdrawalRecord before, WithdrawalRecord after)
    {
        if (before.State == after.State) return null;
        return after.State switch
        {
            SagaState.Review => Encode(Topics.WithdrawalReviewRequired, "under_review", after),
            SagaState.Rejected => Encode(Topics.WithdrawalRejected, "rejected", after),
            SagaState.Failed => Encode(Topics.WithdrawalFailed, "failed", after),
            SagaState.Completed => Encode(Topics.WithdrawalCompleted, "completed", after),
            _ => null,
        };
    }

    private OutboxEvent Encode(string topic, string status, WithdrawalRecord record) =>
        encoder.Encode(topic, new WithdrawalEvent
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
