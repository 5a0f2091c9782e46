namespace Platform.Notification.Domain.Templates;

/// <summary>A template filled in for one user: what goes to the inbox (if anything) and what goes by SMS (if anything).</summary>
public sealed record RenderedMessage(string TemplateKey, string Locale, string? Title, string? Body, string? Sms)
{
    public bool HasInbox => Title is not null && Body is not null;
}
