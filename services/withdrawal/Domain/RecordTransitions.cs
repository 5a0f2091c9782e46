namespace Platform.Withdrawal.Domain;

/// <summary>How a record changes when its saga moves on or has to wait.</summary>
public static class RecordTransitions
{
    /// <summary>The saga enters <paramref name="state"/>: attempts and waits start afresh.</summary>
    public static WithdrawalRecord MoveTo(this WithdrawalRecord record, SagaState state, DateTimeOffset now, string? reason = null) =>
        record with
        {
            State = state,
            Reason = reason ?? record.Reason,
            UpdatedAt = now,
            Attempts = 0,
            NotBefore = null,
            CompletedAt = state == SagaState.Completed ? now : record.CompletedAt,
        };

    /// <summary>The saga stays where it is and is not due again before <paramref name="until"/>.</summary>
    public static WithdrawalRecord WaitUntil(this WithdrawalRecord record, DateTimeOffset until) =>
        record with { NotBefore = until };

    /// <summary>True when the saga's next step may run at <paramref name="now"/>.</summary>
    public static bool IsDue(this WithdrawalRecord record, DateTimeOffset now) =>
        record.NotBefore is not { } notBefore || notBefore <= now;
}
