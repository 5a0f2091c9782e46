using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using Platform.Contracts.Identity.V1;
using Platform.Contracts.Notification.V1;
using Platform.FaceEngine.Testing;
using Platform.Identity.Extensions;
using Platform.Identity.Grpc;
using Platform.Notification.Extensions;
using Platform.Notification.Grpc;
using Platform.Redis;
using Platform.Services.Testing;
using Platform.Testing;

namespace Platform.Identity.Tests.Infrastructure;

/// <summary>
/// One real redis-server, the real notification service and the real identity service (each on real Kestrel h2c on
/// a free port, in-process) for the whole test assembly, sharing a clock the tests move. Every test registers its
/// own users with fresh phone numbers, so tests never see each other's data.
/// </summary>
public sealed partial class IdentityFixture : IAsyncLifetime
{
    public const string DefaultLoginPassword = "correct horse 42";
    public const string DefaultPaymentPassword = "802461";

    public ManualTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public TestCallers Callers { get; private set; } = null!;

    public RedisServer Redis { get; private set; } = null!;

    /// <summary>A separate connection for looking at what the services left in Redis.</summary>
    public RedisClient RedisClient { get; private set; } = null!;

    public GrpcServiceHost NotificationHost { get; private set; } = null!;

    public GrpcServiceHost IdentityHost { get; private set; } = null!;

    public IdentityClient Client { get; private set; } = null!;

    /// <summary>
    /// A second identity on the same Redis and secrets with the face settings a production deployment keeps:
    /// device-computed descriptors refused, so faces arrive only as images. <see cref="Client"/>'s identity accepts
    /// descriptors too, which most tests use to reach the factor logic quickly.
    /// </summary>
    public GrpcServiceHost ImagesOnlyHost { get; private set; } = null!;

    public IdentityClient ImagesOnlyClient { get; private set; } = null!;

    public Notifications.NotificationsClient Notifications { get; private set; } = null!;

    /// <summary>A signed call made before anyone is signed in (register, login, refresh), as the gateway makes it.</summary>
    public Metadata Anonymous => Callers.System("");

    public static DateTime Deadline => DateTime.UtcNow.AddSeconds(30);

    public async Task InitializeAsync()
    {
        Callers = new TestCallers(Time);
        Redis = await RedisServer.StartAsync();
        RedisClient = RedisClient.Create(Redis.ConnectionString);

        NotificationHost = await GrpcServiceHost.StartAsync(Configuration("notification"), Time,
            builder => builder.AddNotificationServices(),
            app => { app.MapDefaultEndpoints(); app.MapGrpcService<NotificationService>(); });

        _identitySettings = Configuration("identity");
        _identitySettings["Identity:PaymentPasswordPepper"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _identitySettings["Identity:FaceKeys:k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _identitySettings["Identity:Passwords:Pbkdf2Iterations"] = "100000";
        _identitySettings["services:notification:grpc:0"] = NotificationHost.Address;
        _identitySettings["Identity:Face:ModelDirectory"] = FaceApiPackage.Models;
        var identityConfiguration = IdentityConfiguration();
        ImagesOnlyHost = await GrpcServiceHost.StartAsync(IdentityConfiguration(), Time,
            builder => builder.AddIdentityServices(),
            app => { app.MapDefaultEndpoints(); app.MapGrpcService<IdentityService>(); });
        identityConfiguration["Identity:Face:AcceptDeviceDescriptors"] = "true";
        IdentityHost = await GrpcServiceHost.StartAsync(identityConfiguration, Time,
            builder => builder.AddIdentityServices(),
            app => { app.MapDefaultEndpoints(); app.MapGrpcService<IdentityService>(); });

        Client = new IdentityClient(IdentityHost.Channel);
        ImagesOnlyClient = new IdentityClient(ImagesOnlyHost.Channel);
        Notifications = new Notifications.NotificationsClient(NotificationHost.Channel);
    }

    private Dictionary<string, string?> _identitySettings = [];

    /// <summary>A copy of the settings both identities run with (same Redis, secrets and models), to start another.</summary>
    public Dictionary<string, string?> IdentityConfiguration() => new(_identitySettings);

    public async Task DisposeAsync()
    {
        if (IdentityHost is not null) await IdentityHost.DisposeAsync();
        if (ImagesOnlyHost is not null) await ImagesOnlyHost.DisposeAsync();
        if (NotificationHost is not null) await NotificationHost.DisposeAsync();
        if (RedisClient is not null) await RedisClient.DisposeAsync();
        if (Redis is not null) await Redis.DisposeAsync();
    }

    public static string NewPhone() => "+8613" + RandomNumberGenerator.GetInt32(0, 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

    public static string NewDeviceId() => "dev-" + Guid.NewGuid().ToString("N")[..12];

    public static string NewClientId() => "client-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Registers a user; with <paramref name="trustedDevice"/> the device's public key is registered too.</summary>
    public async Task<TestUser> RegisterAsync(bool trustedDevice = true, string locale = "en")
    {
        var phone = NewPhone();
        var deviceId = NewDeviceId();
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new RegisterRequest
        {
            Phone = phone,
            LoginPassword = DefaultLoginPassword,
            PaymentPassword = DefaultPaymentPassword,
            DeviceId = deviceId,
            Locale = locale,
            DevicePublicKey = trustedDevice ? Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()) : "",
        };
        var session = await Client.RegisterAsync(request, Anonymous, Deadline);
        return new TestUser(session.UserId, phone, DefaultLoginPassword, DefaultPaymentPassword, deviceId, key, session);
    }

    /// <summary>
    /// The newest one-time-code SMS the built-in provider wrote for <paramref name="phone"/> (read as an operator).
    /// Security notifications go to the same phone in the background, so the newest text with a code is taken.
    /// </summary>
    public async Task<SmsMessage?> LatestCodeSmsAsync(string phone)
    {
        var outbox = await Notifications.ListSmsAsync(new ListSmsRequest { Phone = phone, PageSize = 20 }, Callers.Operator(), Deadline);
        return outbox.Messages.FirstOrDefault(message => SixDigits().IsMatch(message.Text));
    }

    /// <summary>Sends an SMS code for the verification and reads it back from the outbox.</summary>
    public async Task<string> SendSmsCodeAsync(TestUser user, string verificationId, string? clientId = null)
    {
        await Client.SendSmsCodeAsync(
            new SendSmsCodeRequest { UserId = user.UserId, VerificationId = verificationId, ClientId = clientId ?? NewClientId() },
            Callers.User(user.UserId), Deadline);
        var sms = await LatestCodeSmsAsync(user.Phone) ?? throw new InvalidOperationException("No SMS was written for the code.");
        return CodeIn(sms.Text);
    }

    public static string CodeIn(string text) => SixDigits().Match(text) is { Success: true } match
        ? match.Value
        : throw new InvalidOperationException("The SMS holds no 6-digit code.");

    [GeneratedRegex(@"\b[0-9]{6}\b")]
    private static partial Regex SixDigits();

    private Dictionary<string, string?> Configuration(string serviceName) => new()
    {
        ["ConnectionStrings:redis"] = Redis.ConnectionString,
        ["Platform:InternalKey"] = Callers.InternalKey,
        ["Platform:ServiceName"] = serviceName,
    };
}
