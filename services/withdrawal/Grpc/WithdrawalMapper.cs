using Google.Protobuf.WellKnownTypes;
using Platform.Withdrawal.Domain;
using WithdrawalMessage = Platform.Contracts.Withdrawal.V1.Withdrawal;

namespace Platform.Withdrawal.Grpc;

/// <summary>The public view of a withdrawal record.</summary>
public static class WithdrawalMapper
{
    public static WithdrawalMessage ToMessage(this WithdrawalRecord record)
    {
        var message = new WithdrawalMessage
        {
            WithdrawalId = record.Id,
            UserId = record.UserId,
            AmountFen = record.AmountFen,
            CardId = record.CardId,
            CardLast4 = record.CardLast4,
            Status = record.State.ToStatus(),
            Reason = record.Reason,
            BankReference = record.BankReference,
            CreatedAt = Timestamp.FromDateTimeOffset(record.CreatedAt),
            UpdatedAt = Timestamp.FromDateTimeOffset(record.UpdatedAt),
            ExpectedArrivalAt = Stamp(record.ExpectedArrivalAt),
            CompletedAt = Stamp(record.CompletedAt),
        };
        if (record.State == SagaState.Verifying)
        {
            message.VerificationId = record.VerificationId;
            message.RequiredFactors.AddRange(record.RequiredFactors);
            message.VerificationExpiresAt = Stamp(record.VerificationExpiresAt);
        }
        if (record.State == SagaState.Review) message.RiskCaseId = record.RiskCaseId;
        return message;
    }

    private static Timestamp? Stamp(DateTimeOffset? at) => at is { } value ? Timestamp.FromDateTimeOffset(value) : null;
}
