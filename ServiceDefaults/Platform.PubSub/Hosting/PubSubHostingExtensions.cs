using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Platform.Redis;

namespace Platform.PubSub;

/// <summary>Registers the pub/sub building block.</summary>
public static class PubSubHostingExtensions
{
    /// <summary>
    /// Registers <see cref="IPubSubClient"/>, <see cref="EventDeduplicator"/> and the subscriber (a hosted
    /// service) for the component <paramref name="pubsubName"/>, on the <see cref="IRedisClient"/> registered with
    /// AddRedisClient. The app id (CloudEvent source and consumer group) is <paramref name="appId"/>, else
    /// OTEL_SERVICE_NAME, else the application name. Declare subscriptions on the returned builder.
    /// </summary>
    public static PubSubBuilder AddPubSub(
        this IHostApplicationBuilder builder,
        string pubsubName = "pubsub",
        string? appId = null,
        Action<PubSubOptions>? configure = null)
    {
        if (builder.Services.Any(service => service.ServiceType == typeof(SubscriptionRegistry)))
        {
            throw new InvalidOperationException("AddPubSub was already called; one pub/sub component per app is supported.");
        }
        var options = new PubSubOptions
        {
            PubSubName = pubsubName,
            AppId = appId ?? builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName,
        };
        configure?.Invoke(options);
        options.Validate();

        var registry = new SubscriptionRegistry();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(registry);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IPubSubClient>(provider => new PubSubClient(
            RequireRedis(provider), options, provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(provider => new EventDeduplicator(RequireRedis(provider), options));
        builder.Services.AddHostedService(provider => ActivatorUtilities.CreateInstance<PubSubSubscriberService>(provider, RequireRedis(provider)));
        return new PubSubBuilder(builder.Services, options, registry);
    }

    private static IRedisClient RequireRedis(IServiceProvider provider) =>
        provider.GetService<IRedisClient>()
        ?? throw new InvalidOperationException("Pub/sub needs a Redis client: call builder.AddRedisClient(\"redis\") before AddPubSub.");
}
