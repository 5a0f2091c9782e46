namespace Platform.Identity.Options;

/// <summary>SMS one-time codes.</summary>
public sealed class SmsCodeOptions
{
    /// <summary>How long a code is valid (at most 10 minutes).</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many times the codes of one verification may be checked.</summary>
    public int MaxChecks { get; set; } = 5;
}
