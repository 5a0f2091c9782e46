namespace Platform.Notification.Options;

/// <summary>Everything tunable about notification, bound from the configuration section <c>Notification</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notification";

    public OtpOptions Otp { get; set; } = new();

    /// <summary>How many messages a user's inbox keeps (the oldest go first).</summary>
    public int InboxKept { get; set; } = 500;

    /// <summary>How many messages the built-in SMS outbox keeps per phone.</summary>
    public int SmsOutboxKept { get; set; } = 200;

    public int AnnouncementsKept { get; set; } = 200;

    /// <summary>Times in messages are shown at this offset from UTC (China Standard Time by default).</summary>
    public TimeSpan DisplayUtcOffset { get; set; } = TimeSpan.FromHours(8);
}
