namespace Platform.Notification.Domain.Announcements;

/// <summary>A security announcement in both locales, as an operator published it.</summary>
public sealed record AnnouncementRecord(string Id, string TitleZh, string BodyZh, string TitleEn, string BodyEn, long PublishedMs);
