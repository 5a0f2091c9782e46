namespace Platform.Identity.Options;

/// <summary>Trusted devices and their signed challenges.</summary>
public sealed class DeviceOptions
{
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(2);

    public int MaxDevices { get; set; } = 10;

    public LockoutPolicy Lockout { get; set; } = new() { MaxFailures = 5, LockDuration = TimeSpan.FromMinutes(15) };
}
