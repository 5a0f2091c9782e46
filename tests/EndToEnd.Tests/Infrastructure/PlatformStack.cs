using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Platform.Gateway.Client;
using Platform.Redis;

namespace Platform.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole platform, started once for the assembly from the app host's real model (every service, redis-server,
/// the dashboard), with the settings a test deployment needs: an operator key, the built-in SMS provider's outbox
/// readable through the gateway (tests read codes the way a person reads their phone), and roomier rate limits.
/// </summary>
public sealed class PlatformStack : IAsyncLifetime
{
    public const string OperatorKey = "end-to-end-operator-key-0123456789";
    public static readonly string[] Services = ["identity", "credit", "withdrawal", "risk", "notification", "gateway"];

    public DistributedApplication App { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public GatewayDriver Driver { get; private set; } = null!;
    public RedisClient Redis { get; private set; } = null!;
    public SimulatedBankBooks Bank { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>();
        var gateway = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "gateway");
        builder.CreateResourceBuilder(gateway)
            .WithEnvironment("Gateway__OperatorKeys__e2e", OperatorKey)
            .WithEnvironment("Gateway__Admin__ExposeSmsOutbox", "true")
            .WithEnvironment("Gateway__Downstream__Deadline", "00:00:30") // generous on a loaded two-core machine
            // The hostile-input sweep sends hundreds of requests as one user; Gateway.Tests covers the limits themselves.
            .WithEnvironment("Gateway__RateLimits__ClientPerSecond", "1000")
            .WithEnvironment("Gateway__RateLimits__ClientBurst", "2000")
            .WithEnvironment("Gateway__RateLimits__UserPerSecond", "1000")
            .WithEnvironment("Gateway__RateLimits__UserBurst", "2000")
            .WithEnvironment("Gateway__RateLimits__CredentialAttempts", "1000");
        // Two completed withdrawals make a history (three by default), so the review scenario stays clear of the
        // hourly velocity rule, which three withdrawals in a test's first minute would add.
        var risk = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "risk");
        builder.CreateResourceBuilder(risk).WithEnvironment("Risk__Anomaly__MinHistory", "2");
        // The simulated phones mostly send face descriptors computed on the device, which a production identity
        // refuses; FaceImageTests go through the face engine with images instead.
        var identity = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "identity");
        builder.CreateResourceBuilder(identity).WithEnvironment("Identity__Face__AcceptDeviceDescriptors", "true");
        App = await builder.BuildAsync();
        try
        {
            await App.StartAsync();
            foreach (var service in Services) await App.WaitForResourceHealthyAsync(service, TimeSpan.FromMinutes(3));
            Http = App.CreateHttpClient("gateway");
            Http.Timeout = TimeSpan.FromSeconds(60);
            Driver = new GatewayDriver(Http, OperatorKey);
            Redis = RedisClient.Create(await App.GetConnectionStringAsync("redis"));
            Bank = new SimulatedBankBooks(Redis);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>How many times the app host has restarted any service so far (crashes included).</summary>
    public int Restarts(string service) => App.ResourceNotifications.GetReplicas(service).Sum(r => r.RestartCount);

    /// <summary>Every service replica is running and healthy.</summary>
    public bool AllHealthy() => Services.All(s => App.ResourceNotifications.GetReplicas(s).All(r => r.IsHealthy));

    public ResourceSnapshot Replica(string service) => App.ResourceNotifications.GetReplicas(service).Single();

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Redis is not null) await Redis.DisposeAsync();
        if (App is not null) await App.DisposeAsync();
    }
}
