namespace Platform.Identity.Options;

/// <summary>Login and payment passwords.</summary>
public sealed class PasswordOptions
{
    /// <summary>PBKDF2-SHA256 iterations for login passwords (at least 100,000).</summary>
    public int Pbkdf2Iterations { get; set; } = 150_000;

    public int MinLoginPasswordLength { get; set; } = 8;

    public LockoutPolicy LoginLockout { get; set; } = new() { MaxFailures = 5, LockDuration = TimeSpan.FromMinutes(15) };

    public LockoutPolicy PaymentLockout { get; set; } = new() { MaxFailures = 5, LockDuration = TimeSpan.FromHours(3) };
}
