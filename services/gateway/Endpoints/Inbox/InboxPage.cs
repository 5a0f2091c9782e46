namespace Platform.Gateway.Endpoints.Inbox;

public sealed record InboxPage(InboxMessageResponse[] Items, int Unread, string? NextPageToken);
