using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.PubSub;

/// <summary>Declares the app's subscriptions, one per topic, each with a typed handler.</summary>
public sealed class PubSubBuilder
{
    private readonly PubSubOptions _options;
    private readonly SubscriptionRegistry _registry;

    internal PubSubBuilder(IServiceCollection services, PubSubOptions options, SubscriptionRegistry registry)
    {
        Services = services;
        _options = options;
        _registry = registry;
    }

    /// <summary>The service collection, for registering what handlers need.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Subscribes a delegate to <paramref name="topic"/>.</summary>
    public PubSubBuilder Subscribe<TData>(
        string topic,
        Func<TopicEvent<TData>, CancellationToken, Task<TopicResponse>> handler,
        Action<SubscriptionOptions>? configure = null)
        where TData : IMessage<TData>, new()
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscriptionOptions = new SubscriptionOptions();
        configure?.Invoke(subscriptionOptions);
        _registry.Add(Subscription.Create(topic, subscriptionOptions, _options, handler));
        return this;
    }

    /// <summary>Subscribes <typeparamref name="THandler"/> (registered as scoped) to <paramref name="topic"/>.</summary>
    public PubSubBuilder Subscribe<TData, THandler>(string topic, Action<SubscriptionOptions>? configure = null)
        where TData : IMessage<TData>, new()
        where THandler : class, ITopicHandler<TData>
    {
        Services.TryAddScoped<THandler>();
        return Subscribe<TData>(
            topic,
            (topicEvent, cancellationToken) => topicEvent.Services.GetRequiredService<THandler>().HandleAsync(topicEvent, cancellationToken),
            configure);
    }
}
