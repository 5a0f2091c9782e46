using Platform.Testing;

namespace Platform.Redis.Tests;

/// <summary>One real redis-server (and one client on it) for the whole test assembly.</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    public RedisServer Server { get; private set; } = null!;

    public RedisClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RedisServer.StartAsync();
        Client = CreateClient();
        await Client.WaitForConnectionAsync();
    }

    public RedisClient CreateClient(string extraOptions = "") =>
        RedisClient.Create(Server.ConnectionString + ",connectTimeout=10000,syncTimeout=20000" + extraOptions);

    /// <summary>A key no other test uses.</summary>
    public static string Key(string name) => $"test:{name}:{Guid.NewGuid():N}";

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
    }
}
