using System.Security.Cryptography;
using Platform.Gateway.Client;
using Platform.Testing;

namespace Platform.Gateway.Tests.Infrastructure;

/// <summary>
/// Started once for the whole assembly: a real redis-server, identity and credit as real processes, and the
/// gateway in-process on Kestrel with small rate limits. Notification is deliberately not started: its address
/// points at a closed port, so the gateway's answer to an unreachable service can be observed.
/// </summary>
public sealed class GatewayStack : IAsyncLifetime
{
    public const string OperatorKey = "gateway-tests-operator-key-0123456789";
    public const int CredentialAttempts = 8;
    public const int ClientPerSecond = 40;
    public const int UserPerSecond = 25;

    /// <summary>The face routes' body limit here: small, so the test of it sends little.</summary>
    public const long FaceUploadBytes = 1024 * 1024;

    private readonly List<IAsyncDisposable> _running = [];

    public RedisServer Redis { get; private set; } = null!;
    public ShiftableClock Clock { get; } = new();
    public GatewayFactory Gateway { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public GatewayDriver Driver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        try
        {
            await StartEverythingAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartEverythingAsync()
    {
        Redis = await RedisServer.StartAsync();
        _running.Add(Redis);
        var shared = new Dictionary<string, string>
        {
            ["ConnectionStrings__redis"] = Redis.ConnectionString,
            ["Platform__InternalKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var closedPort = $"http://127.0.0.1:{FreePort.Next()}";
        var identity = await StartAsync("identity", "Platform.Identity", shared, new()
        {
            ["Identity__PaymentPasswordPepper"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Identity__FaceKeys__k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["services__notification__grpc__0"] = closedPort,
        });
        var credit = await StartAsync("credit", "Platform.Credit", shared, []);

        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:redis"] = Redis.ConnectionString,
            ["Platform:InternalKey"] = shared["Platform__InternalKey"],
            ["services:identity:grpc:0"] = identity.GrpcAddress,
            ["services:credit:grpc:0"] = credit.GrpcAddress,
            ["services:withdrawal:grpc:0"] = closedPort,
            ["services:risk:grpc:0"] = closedPort,
            ["services:notification:grpc:0"] = closedPort,
            ["Gateway:OperatorKeys:tester"] = OperatorKey,
            ["Gateway:Admin:ExposeSmsOutbox"] = "false", // on in Development (the factory's environment), off in production
            // Generous on a machine where every engineer's builds and tests compete for two cores.
            ["Gateway:Downstream:Deadline"] = "00:00:30",
            ["Gateway:MaxFaceUploadBytes"] = FaceUploadBytes.ToString(),
            ["Gateway:RateLimits:CredentialAttempts"] = CredentialAttempts.ToString(),
            ["Gateway:RateLimits:ClientPerSecond"] = ClientPerSecond.ToString(),
            ["Gateway:RateLimits:ClientBurst"] = ClientPerSecond.ToString(),
            ["Gateway:RateLimits:UserPerSecond"] = UserPerSecond.ToString(),
            ["Gateway:RateLimits:UserBurst"] = UserPerSecond.ToString(),
        };
        Gateway = new GatewayFactory(settings, Clock);
        Gateway.UseKestrel(FreePort.Next());
        Gateway.StartServer();
        Http = Gateway.CreateClient();
        Driver = new GatewayDriver(Http, OperatorKey);
    }

    private async Task<ServiceProcess> StartAsync(
        string folder, string assembly, Dictionary<string, string> shared, Dictionary<string, string> own)
    {
        var service = await ServiceProcess.StartAsync(folder, assembly, new Dictionary<string, string>(shared.Concat(own)));
        _running.Add(service);
        return service;
    }

    public async Task DisposeAsync()
    {
        if (Gateway is not null) await Gateway.DisposeAsync();
        for (var i = _running.Count - 1; i >= 0; i--) await _running[i].DisposeAsync();
    }
}
