namespace Platform.Identity.Options;

/// <summary>Step-up verifications and their tickets.</summary>
public sealed class VerificationOptions
{
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan TicketLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long used challenges, sessions and tickets are remembered, so a replay is named as such.</summary>
    public TimeSpan ReplayMemory { get; set; } = TimeSpan.FromDays(1);
}
