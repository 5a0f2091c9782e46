using Google.Protobuf.WellKnownTypes;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Notification.Domain.Announcements;
using Platform.PubSub;

namespace Platform.Notification.Events;

/// <summary>Announces a new security announcement on <c>notification.announcement</c> (for clients that push it).</summary>
public sealed class AnnouncementPublisher(IPubSubClient pubsub)
{
    public async Task PublishAsync(AnnouncementRecord announcement) =>
        await pubsub.PublishEventAsync(Topics.PubSubName, Topics.AnnouncementPublished, new AnnouncementPublished
        {
            AnnouncementId = announcement.Id,
            At = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(announcement.PublishedMs)),
        });
}
