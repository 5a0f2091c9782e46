namespace Platform.Notification.Domain.Inbox;

/// <summary>An inbox message as stored (its read state lives beside it, in the unread set).</summary>
public sealed record StoredMessage(string Id, string Title, string Body, string EventType, long AtMs);
