namespace Platform.Gateway.Endpoints.Inbox;

public sealed record InboxMessageResponse(string MessageId, string Title, string Body, string EventType, bool Read, DateTimeOffset? At);
