using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Redis;

namespace Platform.PubSub;

/// <summary>
/// Starts one <see cref="TopicConsumer"/> per subscription when the host starts (without waiting for Redis, so
/// the app can start while Redis is still coming up) and drains them all when it stops.
/// </summary>
internal sealed class PubSubSubscriberService(
    IRedisClient redis,
    PubSubOptions options,
    SubscriptionRegistry registry,
    IServiceScopeFactory scopes,
    ILoggerFactory loggers) : IHostedService
{
    private readonly List<TopicConsumer> _consumers = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("Platform.PubSub.Subscriber");
        foreach (var subscription in registry.All)
        {
            var consumer = new TopicConsumer(redis, options, subscription, scopes, logger);
            consumer.Start();
            _consumers.Add(consumer);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_consumers.Select(consumer => consumer.StopAsync(cancellationToken)));
}
