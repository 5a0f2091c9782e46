using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Platform.Testing;

namespace Platform.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class HostingTests(RedisServerFixture redis)
{
    private static IHost BuildHost(string? connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:redis"] = connectionString });
        builder.AddRedisClient("redis");
        return builder.Build();
    }

    [Fact]
    public async Task Registers_one_shared_client_and_a_health_check()
    {
        using var host = BuildHost(redis.Server.ConnectionString);
        var client = host.Services.GetRequiredService<IRedisClient>();
        Assert.Same(host.Services.GetRequiredService<RedisClient>(), client);
        Assert.Equal("PONG", await client.PingAsync());

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Entries["redis-redis"].Status);
        Assert.Contains("ready", report.Entries["redis-redis"].Tags);
    }

    [Fact]
    public async Task Health_check_is_unhealthy_when_nothing_listens()
    {
        using var host = BuildHost($"127.0.0.1:{FreePort.Next()},connectTimeout=300");
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["redis-redis"].Status);
    }

    [Fact]
    public void A_missing_connection_string_names_the_variable_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BuildHost(null));
        Assert.Contains("ConnectionStrings__redis", error.Message, StringComparison.Ordinal);
    }
}
