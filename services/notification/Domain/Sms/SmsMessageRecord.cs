namespace Platform.Notification.Domain.Sms;

/// <summary>One text message to one phone; the id makes sending it idempotent.</summary>
public sealed record SmsMessageRecord(string Id, string Phone, string Text, long AtMs);
