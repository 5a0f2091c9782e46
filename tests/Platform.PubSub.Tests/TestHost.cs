using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Redis;

namespace Platform.PubSub.Tests;

/// <summary>An in-process app with the Redis client and the pub/sub building block, as a service would have.</summary>
internal static class TestHost
{
    public static IHost Build(
        string connectionString,
        string appId,
        Action<PubSubOptions>? configure = null,
        Action<PubSubBuilder>? subscribe = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = connectionString + ",connectTimeout=10000,syncTimeout=20000",
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.AddRedisClient("redis");
        var pubsub = builder.AddPubSub("pubsub", appId, options =>
        {
            options.ProcessingTimeout = TimeSpan.FromSeconds(2);
            options.RedeliverInterval = TimeSpan.FromMilliseconds(500);
            options.RetryInitialDelay = TimeSpan.FromMilliseconds(20);
            options.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
            options.ReadBlock = TimeSpan.FromMilliseconds(500);
            options.LagRefreshInterval = TimeSpan.FromMilliseconds(200);
            configure?.Invoke(options);
        });
        subscribe?.Invoke(pubsub);
        return builder.Build();
    }

    public static async Task<IHost> StartAsync(
        string connectionString,
        string appId,
        Action<PubSubOptions>? configure = null,
        Action<PubSubBuilder>? subscribe = null)
    {
        var host = Build(connectionString, appId, configure, subscribe);
        await host.StartAsync();
        return host;
    }
}
