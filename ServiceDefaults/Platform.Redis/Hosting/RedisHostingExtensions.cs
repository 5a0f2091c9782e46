using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Redis;

/// <summary>Registers the Redis client the way Aspire's <c>AddRedisClient</c> does.</summary>
public static class RedisHostingExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="IRedisClient"/> (and <see cref="RedisClient"/>) configured from the
    /// connection string <c>ConnectionStrings:{connectionName}</c>, plus a health check named
    /// <c>redis-{connectionName}</c> tagged "ready". Throws <see cref="InvalidOperationException"/> at startup if
    /// the connection string is missing.
    /// </summary>
    public static IHostApplicationBuilder AddRedisClient(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<RedisOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"The Redis connection string 'ConnectionStrings:{connectionName}' is missing (set ConnectionStrings__{connectionName}).");
        var options = RedisConnectionString.Parse(connectionString);
        configure?.Invoke(options);
        options.Validate();

        builder.Services.AddSingleton(provider => new RedisClient(options, provider.GetService<ILogger<RedisClient>>()));
        builder.Services.AddSingleton<IRedisClient>(provider => provider.GetRequiredService<RedisClient>());
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"redis-{connectionName}",
            provider => new RedisHealthCheck(provider.GetRequiredService<IRedisClient>()),
            HealthStatus.Unhealthy,
            ["ready"]));
        return builder;
    }
}
