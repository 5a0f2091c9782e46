namespace Platform.PubSub.Tests;

[CollectionDefinition(Name)]
public sealed class PubSubCollection : ICollectionFixture<PubSubFixture>
{
    public const string Name = "pubsub-redis";
}
