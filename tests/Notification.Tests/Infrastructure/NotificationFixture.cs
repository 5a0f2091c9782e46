using Microsoft.Extensions.Hosting;
using System.Security.Cryptography;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Contracts.Notification.V1;
using Platform.Notification.Extensions;
using Platform.Notification.Grpc;
using Platform.PubSub;
using Platform.Redis;
using Platform.Services.Testing;
using Platform.Testing;

namespace Platform.Notification.Tests.Infrastructure;

/// <summary>
/// One real redis-server and the real notification service (real Kestrel h2c on a free port, in-process) for the
/// whole test assembly, plus a publisher that puts events on the topics the way other services do. Every test
/// works with fresh user ids and phones, so tests never see each other's messages.
/// </summary>
public sealed class NotificationFixture : IAsyncLifetime
{
    public ManualTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public TestCallers Callers { get; private set; } = null!;

    public RedisServer Redis { get; private set; } = null!;

    public RedisClient RedisClient { get; private set; } = null!;

    public GrpcServiceHost Host { get; private set; } = null!;

    public Notifications.NotificationsClient Client { get; private set; } = null!;

    public IPubSubClient Publisher { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    public static DateTime Deadline => DateTime.UtcNow.AddSeconds(30);

    public static TimeSpan EventTimeout => TimeSpan.FromSeconds(30);

    public async Task InitializeAsync()
    {
        Callers = new TestCallers(Time);
        Redis = await RedisServer.StartAsync();
        RedisClient = RedisClient.Create(Redis.ConnectionString);
        Publisher = new PubSubClient(RedisClient, new PubSubOptions { AppId = "test-publisher" }, Time);

        Host = await GrpcServiceHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:redis"] = Redis.ConnectionString,
                ["Platform:InternalKey"] = Callers.InternalKey,
                ["Platform:ServiceName"] = "notification",
            },
            Time,
            builder =>
            {
                builder.Logging.AddProvider(Logs);
                builder.Logging.SetMinimumLevel(LogLevel.Trace);
                builder.AddNotificationServices();
            },
            app => { app.MapDefaultEndpoints(); app.MapGrpcService<NotificationService>(); });
        Client = new Notifications.NotificationsClient(Host.Channel);
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        if (RedisClient is not null) await RedisClient.DisposeAsync();
        if (Redis is not null) await Redis.DisposeAsync();
    }

    public static string NewUser() => "u" + RandomNumberGenerator.GetInt32(1, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string NewPhone() => "+8613" + RandomNumberGenerator.GetInt32(0, 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Tells notification who the user is, as identity's "registered" event does.</summary>
    public async Task<(string UserId, string Phone)> RegisterUserAsync(string locale)
    {
        var (userId, phone) = (NewUser(), NewPhone());
        await PublishAsync(Topics.IdentitySecurity, new SecurityEvent { UserId = userId, Type = "registered", Phone = phone, Locale = locale });
        await WaitForInboxAsync(userId, 1);
        return (userId, phone);
    }

    public async Task<string> PublishAsync<T>(string topic, T data, string? eventId = null) where T : Google.Protobuf.IMessage
    {
        var metadata = eventId is null ? null : new Dictionary<string, string> { ["cloudevent.id"] = eventId };
        return (await Publisher.PublishEventAsync(Topics.PubSubName, topic, data, metadata)).EventId;
    }

    public async Task<ListInboxResponse> InboxAsync(string userId, int pageSize = 100, string pageToken = "", bool unreadOnly = false) =>
        await Client.ListInboxAsync(
            new ListInboxRequest { UserId = userId, PageSize = pageSize, PageToken = pageToken, UnreadOnly = unreadOnly },
            Callers.User(userId), Deadline);

    /// <summary>Waits until the user's inbox holds at least <paramref name="count"/> messages.</summary>
    public async Task<ListInboxResponse> WaitForInboxAsync(string userId, int count)
    {
        ListInboxResponse? inbox = null;
        await Poll.UntilAsync(async () => (inbox = await InboxAsync(userId)).Messages.Count >= count, EventTimeout, $"{count} inbox messages for {userId}");
        return inbox!;
    }

    public async Task<IReadOnlyList<SmsMessage>> SmsAsync(string phone) =>
        (await Client.ListSmsAsync(new ListSmsRequest { Phone = phone, PageSize = 100 }, Callers.Operator(), Deadline)).Messages;

    public async Task<SendOtpResponse> SendOtpAsync(string userId, string phone, string clientId, string code = "482915", string locale = "en", Metadata? caller = null) =>
        await Client.SendOtpAsync(
            new SendOtpRequest { UserId = userId, Phone = phone, Code = code, Purpose = "withdrawal", Locale = locale, ClientId = clientId, ValidMinutes = 5 },
            caller ?? Callers.System(userId), Deadline);
}
