namespace Platform.Identity.Domain.Lockouts;

/// <summary>The outcome of a limited credential check and what is left of the budget.</summary>
public sealed record AttemptResult(AttemptStatus Status, int AttemptsLeft, DateTimeOffset? LockedUntil)
{
    public bool Succeeded => Status == AttemptStatus.Succeeded;

    /// <summary>The check was refused, or failed: the reason a person or a client reads.</summary>
    public string Reason => Status switch
    {
        AttemptStatus.Locked or AttemptStatus.NowLocked => "locked",
        AttemptStatus.Disabled or AttemptStatus.NowDisabled => "disabled",
        _ => "mismatch",
    };

    /// <summary>This very attempt locked or disabled the credential (worth a security event, once).</summary>
    public bool JustLocked => Status is AttemptStatus.NowLocked or AttemptStatus.NowDisabled;
}
