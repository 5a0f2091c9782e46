using Platform.Redis;
using Platform.Testing;

namespace Platform.PubSub.Tests;

/// <summary>One redis-server for the assembly's tests (those that kill Redis start their own).</summary>
public sealed class PubSubFixture : IAsyncLifetime
{
    public RedisServer Server { get; private set; } = null!;

    public RedisClient Redis { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RedisServer.StartAsync();
        Redis = RedisClient.Create(Server.ConnectionString + ",connectTimeout=10000,syncTimeout=20000");
        await Redis.WaitForConnectionAsync();
    }

    public async Task DisposeAsync()
    {
        await Redis.DisposeAsync();
        await Server.DisposeAsync();
    }

    /// <summary>A topic no other test uses.</summary>
    public static string Topic(string name) => $"{name}.{Guid.NewGuid():N}";
}
