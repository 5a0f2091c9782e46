using Microsoft.Extensions.Options;

namespace Platform.Notification.Options;

/// <summary>Refuses to start with settings outside the rules notification promises.</summary>
public sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var failures = new List<string>();
        if (options.Otp.MaxSendsPerWindow is < 1 or > 5) failures.Add("Notification:Otp:MaxSendsPerWindow must be 1 to 5.");
        if (options.Otp.Window <= TimeSpan.Zero) failures.Add("Notification:Otp:Window must be positive.");
        if (options.InboxKept < 1) failures.Add("Notification:InboxKept must be at least 1.");
        if (options.SmsOutboxKept < 1) failures.Add("Notification:SmsOutboxKept must be at least 1.");
        if (options.AnnouncementsKept < 1) failures.Add("Notification:AnnouncementsKept must be at least 1.");
        if (options.DisplayUtcOffset.Duration() > TimeSpan.FromHours(14)) failures.Add("Notification:DisplayUtcOffset must be within ±14 hours.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
