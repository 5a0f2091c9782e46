namespace Platform.Notification.Domain.Contacts;

/// <summary>A user's phone (E.164) and the locale messages are written in.</summary>
public sealed record Contact(string Phone, string Locale);
