namespace Platform.Notification.Domain.Inbox;

/// <summary>One page of an inbox: messages newest first with their read state, the unread count and where to go on.</summary>
public sealed record InboxPage(IReadOnlyList<(StoredMessage Message, bool Unread, long Sequence)> Messages, int UnreadCount);
