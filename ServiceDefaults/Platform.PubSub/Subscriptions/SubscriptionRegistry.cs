namespace Platform.PubSub;

/// <summary>The subscriptions declared at startup, one per topic.</summary>
internal sealed class SubscriptionRegistry
{
    private readonly Dictionary<string, Subscription> _byTopic = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Subscription> All => _byTopic.Values;

    public void Add(Subscription subscription)
    {
        if (!_byTopic.TryAdd(subscription.Topic, subscription))
        {
            throw new InvalidOperationException($"The topic '{subscription.Topic}' already has a subscription in this app.");
        }
    }
}
