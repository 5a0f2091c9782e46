using Aspire.Hosting.Testing;
using AppHost.Tests.Infrastructure;

namespace AppHost.Tests.Orchestration;

/// <summary>The real app host's model, started through the testing builder as end-to-end tests will.</summary>
public sealed class RealAppModelTests
{
    [Fact]
    public async Task The_real_model_starts_a_healthy_redis_with_a_working_connection_string()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>();
        Assert.Contains(builder.Resources, r => r.Name == "redis");
        // Only redis: the services are other teams' and have tests of their own.
        foreach (var other in builder.Resources.Where(r => r.Name != "redis").ToList())
        {
            builder.Resources.Remove(other);
        }
        await using var app = await builder.BuildAsync();
        await app.StartAsync();

        await app.WaitForResourceHealthyAsync("redis");

        await using var redis = await RedisClient.ConnectAsync(await app.GetConnectionStringAsync("redis"));
        Assert.Equal("+PONG", await redis.SendAsync("PING"));
    }
}
