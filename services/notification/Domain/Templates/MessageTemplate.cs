namespace Platform.Notification.Domain.Templates;

/// <summary>One event's text in one locale: an inbox title and body, and an SMS (either may be absent).</summary>
public sealed record MessageTemplate(string? Title, string? Body, string? Sms);
