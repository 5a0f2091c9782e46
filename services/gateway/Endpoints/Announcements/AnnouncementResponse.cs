namespace Platform.Gateway.Endpoints.Announcements;

public sealed record AnnouncementResponse(string AnnouncementId, string Title, string Body, DateTimeOffset? PublishedAt);
