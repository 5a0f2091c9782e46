using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Saga;

/// <summary>What a saga step decided: the record's next version, or to try again later.</summary>
public sealed record StepResult
{
    private StepResult() { }

    /// <summary>The record to commit; null for a retry.</summary>
    public WithdrawalRecord? Next { get; private init; }

    /// <summary>Why the step must be tried again (for logs; never secrets).</summary>
    public string? RetryReason { get; private init; }

    public Exception? Error { get; private init; }

    public bool IsRetry => Next is null;

    public static StepResult Commit(WithdrawalRecord next) => new() { Next = next };

    public static StepResult Retry(string reason, Exception? error = null) => new() { RetryReason = reason, Error = error };
}
