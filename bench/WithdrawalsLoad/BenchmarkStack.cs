using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Platform.Gateway.Client;
using Platform.Redis;

namespace Platform.Bench.Withdrawals;

/// <summary>
/// The whole platform from the app host's real model, with the settings of a load test: simulated users withdraw
/// far more often and far more in a day than people do, so the per-user rate limits, the credit caps and the
/// risk velocity rules are raised or removed for them (printed by the run). Everything else is as deployed.
/// </summary>
public sealed class BenchmarkStack : IAsyncDisposable
{
    public const string OperatorKey = "withdrawals-bench-operator-key-0123456789";
    public static readonly string[] Processes = ["redis", "identity", "credit", "withdrawal", "risk", "notification", "gateway"];

    private BenchmarkStack(DistributedApplication app, HttpClient http, RedisClient redis, GatewayDriver driver)
    {
        App = app;
        Http = http;
        Redis = redis;
        Driver = driver;
        Bank = new SimulatedBankBooks(redis);
    }

    public DistributedApplication App { get; }
    public HttpClient Http { get; }
    public RedisClient Redis { get; }
    public GatewayDriver Driver { get; }
    public SimulatedBankBooks Bank { get; }

    public static async Task<BenchmarkStack> StartAsync(LoadOptions options, IRequestObserver observer)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>();
        Configure(builder, "gateway", new()
        {
            ["Gateway__OperatorKeys__bench"] = OperatorKey,
            ["Gateway__Admin__ExposeSmsOutbox"] = "true",
            ["Gateway__RateLimits__UserPerSecond"] = "100000",
            ["Gateway__RateLimits__UserBurst"] = "100000",
            ["Gateway__RateLimits__ClientPerSecond"] = "100000",
            ["Gateway__RateLimits__ClientBurst"] = "100000",
            ["Gateway__RateLimits__CredentialAttempts"] = "100000000",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        var huge = (options.CreditLimitFen * 10).ToString(CultureInfo.InvariantCulture);
        Configure(builder, "credit", new()
        {
            ["Credit__MaxLimitFen"] = huge,
            ["Credit__Caps__Password__DailyFen"] = huge,
            ["Credit__Caps__Face__DailyFen"] = huge,
            ["Credit__Caps__FaceAndSms__DailyFen"] = huge,
            ["Logging__LogLevel__Default"] = "Warning",
        });
        // The simulated phones send face descriptors computed on the device: this measures the money path, not the
        // face engine (./bench.sh face does).
        Configure(builder, "identity", new()
        {
            ["Identity__Face__AcceptDeviceDescriptors"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        foreach (var quiet in new[] { "withdrawal", "risk", "notification" })
            Configure(builder, quiet, new() { ["Logging__LogLevel__Default"] = "Warning" });

        if (options.TraceRatio is { } ratio)
        {
            foreach (var service in builder.Resources.OfType<ProjectResource>())
            {
                builder.CreateResourceBuilder(service)
                    .WithEnvironment("OTEL_TRACES_SAMPLER", "parentbased_traceidratio")
                    .WithEnvironment("OTEL_TRACES_SAMPLER_ARG", ratio.ToString(CultureInfo.InvariantCulture));
            }
        }

        var app = await builder.BuildAsync();
        try
        {
            await app.StartAsync();
            foreach (var service in Processes) await app.WaitForResourceHealthyAsync(service, TimeSpan.FromMinutes(5));
            var http = app.CreateHttpClient("gateway");
            http.Timeout = TimeSpan.FromSeconds(60);
            var redis = RedisClient.Create(await app.GetConnectionStringAsync("redis"));
            return new BenchmarkStack(app, http, redis, new GatewayDriver(http, OperatorKey, observer));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>The operating-system process of a resource, to read its CPU time.</summary>
    public int? ProcessId(string resource) => App.ResourceNotifications.GetReplicas(resource).SingleOrDefault()?.ProcessId;

    private static void Configure(IDistributedApplicationTestingBuilder builder, string resource, Dictionary<string, string> environment)
    {
        var project = builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == resource));
        foreach (var (name, value) in environment) project.WithEnvironment(name, value);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Redis.DisposeAsync();
        await App.DisposeAsync();
    }
}
