using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Contracts.Risk.V1;
using Platform.PubSub;
using Platform.Redis;
using Platform.Risk.Extensions;
using Platform.Risk.Grpc;
using Platform.Services.Testing;
using Platform.Testing;
using RiskClient = Platform.Contracts.Risk.V1.Risk.RiskClient;

namespace Platform.Risk.Tests.Infrastructure;

/// <summary>
/// One real redis-server and one risk service on real Kestrel HTTP/2 for the whole test assembly, with a clock the
/// tests move. Tests use fresh user, device and card ids, so block lists and reports never leak between them.
/// </summary>
public sealed class RiskServiceFixture : IAsyncLifetime
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private GrpcServiceHost? _host;

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));

    public TestCallers Callers { get; private set; } = null!;

    public RedisServer Redis { get; private set; } = null!;

    public RedisClient RedisClient { get; private set; } = null!;

    public RiskClient Client { get; private set; } = null!;

    /// <summary>Publishes like another service would (app id "tests"), through the real pub/sub library.</summary>
    public IPubSubClient Publisher { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Callers = new TestCallers(Time);
        Redis = await RedisServer.StartAsync();
        RedisClient = RedisClient.Create(Redis.ConnectionString);
        _host = await GrpcServiceHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:redis"] = Redis.ConnectionString,
                ["Platform:InternalKey"] = Callers.InternalKey,
                ["Platform:ServiceName"] = "risk",
                ["OTEL_SERVICE_NAME"] = "risk",
            },
            Time,
            builder => builder.AddRiskServices(),
            app => app.MapGrpcService<RiskService>());
        Client = new RiskClient(_host.Channel);
        Publisher = new PubSubClient(RedisClient, new PubSubOptions { AppId = "tests" }, Time);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        await RedisClient.DisposeAsync();
        await Redis.DisposeAsync();
    }

    public static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..16];

    public static DateTime Deadline => DateTime.UtcNow.AddSeconds(30);

    /// <summary>Moves the clock forward to the next time it is <paramref name="hour"/>:00 in China.</summary>
    public void MoveToLocalHour(int hour)
    {
        var local = Time.GetUtcNow().ToOffset(China);
        var target = new DateTimeOffset(local.Year, local.Month, local.Day, hour, 0, 0, China);
        Time.AdvanceTo(target > local ? target : target.AddDays(1));
    }

    public async Task<Assessment> AssessAsync(
        string userId, long amountFen, string deviceId, bool trusted = true, string card = "", string? operationId = null) =>
        await Client.AssessAsync(new AssessRequest
        {
            UserId = userId, OperationId = operationId ?? NewId("w"), AmountFen = amountFen, DeviceId = deviceId,
            DeviceTrusted = trusted, CardFingerprint = card, ClientIp = "203.0.113.7",
        }, Callers.System(userId), Deadline);

    /// <summary>Publishes a real CloudEvent to the topic's stream and waits until the risk service has handled and acknowledged it.</summary>
    public async Task PublishAsync<T>(string topic, T data, string? eventId = null) where T : IMessage
    {
        var metadata = eventId is null ? null : new Dictionary<string, string> { ["cloudevent.id"] = eventId };
        var published = await Publisher.PublishEventAsync(Topics.PubSubName, topic, data, metadata);
        await Poll.UntilAsync(async () =>
            {
                var group = (await RedisClient.XInfoGroupsAsync(topic)).SingleOrDefault(g => g.Name == "risk");
                return group is { Pending: 0 } && StreamIdAtLeast(group.LastDeliveredId, published.EntryId);
            },
            TimeSpan.FromSeconds(30), $"the risk service to handle {topic} entry {published.EntryId}");
    }

    /// <summary>Every risk.alert CloudEvent about <paramref name="userId"/> written so far.</summary>
    public async Task<List<RiskAlert>> AlertsForAsync(string userId)
    {
        List<RiskAlert> alerts = [];
        foreach (var entry in await RedisClient.XRangeAsync(Topics.RiskAlert))
        {
            var envelope = JsonDocument.Parse(entry.GetString("data")!).RootElement;
            var alert = JsonParser.Default.Parse<RiskAlert>(envelope.GetProperty("data").GetRawText());
            if (alert.UserId == userId) alerts.Add(alert);
        }
        return alerts;
    }

    private static bool StreamIdAtLeast(string id, string other)
    {
        static (long, long) Parse(string streamId) => (long.Parse(streamId.Split('-')[0]), long.Parse(streamId.Split('-')[1]));
        return Parse(id).CompareTo(Parse(other)) >= 0;
    }

    public static async Task<RpcException> FailsWith(StatusCode code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(error.StatusCode == code, $"Expected {code} but got {error.StatusCode}: {error.Status.Detail}");
        return error;
    }
}
