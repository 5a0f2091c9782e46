using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Platform.Credit.Extensions;
using Platform.Credit.Grpc;
using Platform.Identity.Extensions;
using Platform.Identity.Grpc;
using Platform.Notification.Extensions;
using Platform.Notification.Grpc;
using Platform.Redis;
using Platform.Risk.Extensions;
using Platform.Risk.Grpc;
using Platform.Services.Testing;
using Platform.Testing;
using Platform.Withdrawal.Grpc;
using CreditClient = Platform.Contracts.Credit.V1.Credit.CreditClient;
using IdentityClient = Platform.Contracts.Identity.V1.Identity.IdentityClient;
using NotificationsClient = Platform.Contracts.Notification.V1.Notifications.NotificationsClient;
using RiskClient = Platform.Contracts.Risk.V1.Risk.RiskClient;
using WithdrawalsClient = Platform.Contracts.Withdrawal.V1.Withdrawals.WithdrawalsClient;

namespace Platform.Withdrawal.Tests.Stack;

/// <summary>
/// The withdrawal service with the real services it calls — identity, notification (for SMS codes), risk and
/// credit — each on real Kestrel HTTP/2 on a free loopback port, sharing one real redis-server, started once for
/// the test assembly. Tests work on fresh users, so they never see each other's data.
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    private readonly List<GrpcServiceHost> _hosts = [];

    public TestCallers Callers { get; } = new(TimeProvider.System);

    public RedisServer Redis { get; private set; } = null!;

    /// <summary>A separate connection for looking at what the services left in Redis.</summary>
    public RedisClient RedisClient { get; private set; } = null!;

    public GrpcServiceHost Identity { get; private set; } = null!;
    public GrpcServiceHost Notification { get; private set; } = null!;
    public GrpcServiceHost Risk { get; private set; } = null!;
    public GrpcServiceHost Credit { get; private set; } = null!;
    public GrpcServiceHost Withdrawal { get; private set; } = null!;

    public IdentityClient IdentityClient => new(Identity.Channel);
    public NotificationsClient NotificationClient => new(Notification.Channel);
    public RiskClient RiskClient => new(Risk.Channel);
    public CreditClient CreditClient => new(Credit.Channel);
    public WithdrawalsClient WithdrawalClient => new(Withdrawal.Channel);

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        RedisClient = RedisClient.Create(Redis.ConnectionString);

        Notification = await StartAsync("notification", [],
            builder => builder.AddNotificationServices(), app => app.MapGrpcService<NotificationService>());
        Identity = await StartAsync("identity", new()
        {
            ["services:notification:grpc:0"] = Notification.Address,
            ["Identity:PaymentPasswordPepper"] = RandomKey(),
            ["Identity:FaceKeys:k1"] = RandomKey(),
            ["Identity:Face:AcceptDeviceDescriptors"] = "true", // the customers' phones compute their descriptors
        }, builder => builder.AddIdentityServices(), app => app.MapGrpcService<IdentityService>());
        Risk = await StartAsync("risk", [], builder => builder.AddRiskServices(), app => app.MapGrpcService<RiskService>());
        Credit = await StartAsync("credit", [], builder => builder.AddCreditServices(), app => app.MapGrpcService<CreditService>());
        Withdrawal = await StartWithdrawalAsync([]);
    }

    /// <summary>Starts another withdrawal service on the same Redis and services (a replica, or one with other settings).</summary>
    public async Task<GrpcServiceHost> StartWithdrawalAsync(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        foreach (var (key, value) in WithdrawalEnvironment()) settings.TryAdd(key, value);
        return await StartAsync("withdrawal", settings,
            builder => builder.AddWithdrawalServices(), app => app.MapGrpcService<WithdrawalsService>(), time);
    }

    /// <summary>The configuration a withdrawal service needs here: Redis, the key, the services and fast test timings.</summary>
    public Dictionary<string, string?> WithdrawalEnvironment() => new()
    {
        ["ConnectionStrings:redis"] = Redis.ConnectionString,
        ["Platform:InternalKey"] = Callers.InternalKey,
        ["services:risk:grpc:0"] = Risk.Address,
        ["services:identity:grpc:0"] = Identity.Address,
        ["services:credit:grpc:0"] = Credit.Address,
        ["Withdrawal:LeaseDuration"] = "00:00:05",
        ["Withdrawal:RecoveryScanInterval"] = "00:00:00.100",
        ["Withdrawal:RetryMinDelay"] = "00:00:00.100",
        ["Withdrawal:RetryMaxDelay"] = "00:00:01",
        ["Withdrawal:Deadlines:Risk"] = "00:00:02",
        ["Withdrawal:Deadlines:Identity"] = "00:00:02",
        ["Withdrawal:Deadlines:Credit"] = "00:00:02",
        ["Withdrawal:Deadlines:Bank"] = "00:00:02",
        ["SimulatedBank:MinLatency"] = "00:00:00.001",
        ["SimulatedBank:MaxLatency"] = "00:00:00.005",
        ["SimulatedBank:DefaultSettlementDelay"] = "00:00:00.200",
        ["SimulatedBank:SettlementDelays:ICBC"] = "00:00:00.200",
        ["SimulatedBank:SettlementScanInterval"] = "00:00:00.050",
    };

    public async Task DisposeAsync()
    {
        for (var i = _hosts.Count - 1; i >= 0; i--) await _hosts[i].DisposeAsync();
        if (RedisClient is not null) await RedisClient.DisposeAsync();
        if (Redis is not null) await Redis.DisposeAsync();
    }

    /// <summary>Stops a host started with <see cref="StartWithdrawalAsync"/> before the fixture ends.</summary>
    public async Task StopAsync(GrpcServiceHost host)
    {
        _hosts.Remove(host);
        await host.DisposeAsync();
    }

    private async Task<GrpcServiceHost> StartAsync(
        string name, Dictionary<string, string?> settings, Action<WebApplicationBuilder> addServices, Action<WebApplication> map,
        TimeProvider? time = null)
    {
        settings.TryAdd("ConnectionStrings:redis", Redis.ConnectionString);
        settings.TryAdd("Platform:InternalKey", Callers.InternalKey);
        settings["Platform:ServiceName"] = name;
        settings["OTEL_SERVICE_NAME"] = name;
        var host = await GrpcServiceHost.StartAsync(settings, time ?? TimeProvider.System, addServices, map);
        _hosts.Add(host);
        return host;
    }

    private static string RandomKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
