namespace Platform.Notification.Options;

/// <summary>One-time code delivery: at most <see cref="MaxSendsPerWindow"/> sends per phone and per client per window.</summary>
public sealed class OtpOptions
{
    public int MaxSendsPerWindow { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}
