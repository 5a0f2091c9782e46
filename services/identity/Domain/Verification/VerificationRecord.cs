using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Identity.V1;

namespace Platform.Identity.Domain.Verification;

/// <summary>A step-up verification: what it is for, which factors it needs and which are proven so far.</summary>
public sealed record VerificationRecord(
    string VerificationId,
    string Purpose,
    string OperationId,
    long AmountFen,
    IReadOnlyList<Factor> Required,
    IReadOnlyList<Factor> Satisfied,
    DateTimeOffset ExpiresAt,
    string DeviceId,
    bool TicketIssued)
{
    public bool Requires(Factor factor) => Required.Contains(factor);

    public Contracts.Identity.V1.Verification ToContract(string ticket = "")
    {
        var contract = new Contracts.Identity.V1.Verification
        {
            VerificationId = VerificationId,
            Purpose = Purpose,
            OperationId = OperationId,
            AmountFen = AmountFen,
            ExpiresAt = Timestamp.FromDateTimeOffset(ExpiresAt),
            Ticket = ticket,
        };
        contract.RequiredFactors.Add(Required);
        contract.SatisfiedFactors.Add(Satisfied);
        return contract;
    }
}
