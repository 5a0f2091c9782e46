namespace Platform.Withdrawal.Domain;

/// <summary>
/// Where a withdrawal's saga stands. Finer than the public status: it also says which step runs next, so a
/// restarted service knows exactly what to resume.
/// </summary>
public enum SagaState
{
    /// <summary>Created; risk has not decided yet.</summary>
    Assessing,

    /// <summary>Risk approved; waiting for the user to prove the required factors and confirm with a ticket.</summary>
    Verifying,

    /// <summary>Risk asked for a person to decide.</summary>
    Review,

    /// <summary>The ticket was redeemed; the credit hold is being reserved.</summary>
    Reserving,

    /// <summary>The hold is reserved; the payout is being sent to (or confirmed with) the bank.</summary>
    PayingOut,

    /// <summary>The bank accepted the payout; waiting for it to settle.</summary>
    Settling,

    /// <summary>The bank settled; the hold is being posted.</summary>
    Posting,

    /// <summary>A step after the reserve failed; the hold is being voided before the withdrawal fails.</summary>
    Reversing,

    Completed,
    Failed,
    Rejected,
}
