namespace Platform.Identity.Options;

/// <summary>
/// How failures of one credential are limited: after <see cref="MaxFailures"/> consecutive failures the credential
/// is locked for <see cref="LockDuration"/>; with a <see cref="HardCap"/>, that many failures without a success
/// disable it until another factor re-enables it.
/// </summary>
public sealed class LockoutPolicy
{
    public int MaxFailures { get; set; } = 5;

    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>0 for none.</summary>
    public int HardCap { get; set; }
}
