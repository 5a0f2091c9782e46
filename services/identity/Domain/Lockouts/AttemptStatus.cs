namespace Platform.Identity.Domain.Lockouts;

/// <summary>How one limited credential check ended.</summary>
public enum AttemptStatus
{
    Succeeded,
    Failed,
    /// <summary>Refused without checking: the credential is locked.</summary>
    Locked,
    /// <summary>This failure locked the credential.</summary>
    NowLocked,
    /// <summary>Refused without checking: the credential is disabled until another factor re-enables it.</summary>
    Disabled,
    /// <summary>This failure reached the hard cap and disabled the credential.</summary>
    NowDisabled,
}
