namespace Platform.Identity.Options;

/// <summary>Face enrolment and verification.</summary>
public sealed class FaceOptions
{
    /// <summary>The largest Euclidean distance between probe and template that still counts as a match.</summary>
    public double Threshold { get; set; } = 0.6;

    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>5 failures then a cool-down; 10 failures without a success disable face until re-enrolment.</summary>
    public LockoutPolicy Lockout { get; set; } = new() { MaxFailures = 5, LockDuration = TimeSpan.FromMinutes(5), HardCap = 10 };
}
