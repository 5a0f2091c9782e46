using Platform.Redis;
using Platform.Testing;

namespace Platform.Withdrawal.Tests.Infrastructure;

/// <summary>One real redis-server for the tests of the saga's building blocks (store, leases, simulated bank).</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public RedisServer Server { get; private set; } = null!;

    public RedisClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RedisServer.StartAsync();
        Client = RedisClient.Create(Server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
    }
}
