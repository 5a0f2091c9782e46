namespace Platform.Notification.Tests.Infrastructure;

/// <summary>Every test class shares one redis-server and one notification service, one class after another (they share a clock).</summary>
[CollectionDefinition(Name)]
public sealed class NotificationCollection : ICollectionFixture<NotificationFixture>
{
    public const string Name = "notification service";
}
