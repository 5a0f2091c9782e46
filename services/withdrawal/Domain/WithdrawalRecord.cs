using Platform.Contracts.Identity.V1;

namespace Platform.Withdrawal.Domain;

/// <summary>One withdrawal as the saga stores it: the request, the card it pays to, and how far it has come.</summary>
public sealed record WithdrawalRecord
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required string IdempotencyKey { get; init; }
    public required long AmountFen { get; init; }
    public required string CardId { get; init; }
    public string CardLast4 { get; init; } = "";
    public string BankCode { get; init; } = "";
    public string CardFingerprint { get; init; } = "";
    public string DeviceId { get; init; } = "";
    public string ClientIp { get; init; } = "";

    public required SagaState State { get; init; }

    /// <summary>Why it failed or was rejected, readable by the user.</summary>
    public string Reason { get; init; } = "";

    public IReadOnlyList<Factor> RequiredFactors { get; init; } = [];
    public string VerificationId { get; init; } = "";
    public DateTimeOffset? VerificationExpiresAt { get; init; }
    public string RiskCaseId { get; init; } = "";
    public VerificationStrength Strength { get; init; }

    /// <summary>Set, and stored, before the payout is first sent: from then on the saga asks the bank instead of sending.</summary>
    public DateTimeOffset? PayoutRequestedAt { get; init; }
    public string BankReference { get; init; } = "";
    public DateTimeOffset? ExpectedArrivalAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Failed attempts at the current step; reset when the saga moves on.</summary>
    public int Attempts { get; init; }

    /// <summary>
    /// The saga waits until then (a retry's back-off, the bank's arrival time, the user's or reviewer's deadline);
    /// null when its next step can run now.
    /// </summary>
    public DateTimeOffset? NotBefore { get; init; }

    public SagaRef Ref => new(Id, UserId);
}
