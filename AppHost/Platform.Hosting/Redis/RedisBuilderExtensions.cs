using System.Globalization;
using System.Security.Cryptography;
using Aspire.Hosting.ApplicationModel;
using Platform.Hosting;
using Platform.Hosting.Redis;

namespace Aspire.Hosting;

public static class RedisBuilderExtensions
{
    /// <summary>
    /// A redis-server on a free port (or <paramref name="port"/>), bound to loopback, password-protected, with the
    /// append-only file on and data in "{data directory}/{name}", which survives app host restarts. Healthy once
    /// it answers PING. Reference it with WithReference to inject <c>ConnectionStrings__{name}</c>.
    /// </summary>
    public static IResourceBuilder<RedisResource> AddRedis(this IDistributedApplicationBuilder builder, string name, int? port = null)
    {
        // The password never appears on the command line (visible to every user via ps): redis reads it from stdin.
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var dataDirectory = Path.Combine(builder.GetDataDirectory(), name);
        var redis = new RedisResource(name, password, dataDirectory, builder.AppHostDirectory);
        return builder.AddResource(redis)
            .WithEndpoint(port: port, scheme: "tcp", name: RedisResource.PrimaryEndpointName)
            .WithAnnotation(new InstallHintAnnotation("install it with 'apt-get install -y redis-server'"))
            .WithAnnotation(new StandardInputAnnotation(() => $"requirepass {redis.Password}\n"))
            .WithArgs(context =>
            {
                Directory.CreateDirectory(redis.DataDirectory);
                var options = new[]
                {
                    "-", // read configuration from stdin first
                    "--port", redis.PrimaryEndpoint.Port.ToString(CultureInfo.InvariantCulture),
                    "--bind", Platform.Hosting.Orchestration.EndpointAddresses.Host,
                    "--dir", redis.DataDirectory,
                    "--appendonly", "yes",
                    "--save", "",
                    "--daemonize", "no",
                };
                foreach (var option in options)
                {
                    context.Args.Add(option);
                }
            })
            .WithAnnotation(new HealthProbeAnnotation("AUTH + PING", context =>
                RedisPing.IsHealthyAsync(context.TargetPort(RedisResource.PrimaryEndpointName), redis.Password, context.CancellationToken)));
    }

    /// <summary>Keeps the data (AOF) in <paramref name="path"/> (relative to the app host directory) instead of the default.</summary>
    public static IResourceBuilder<RedisResource> WithDataDirectory(this IResourceBuilder<RedisResource> builder, string path)
    {
        builder.Resource.DataDirectory = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        return builder;
    }
}
