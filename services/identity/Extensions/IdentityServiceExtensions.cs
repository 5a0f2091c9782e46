using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.Contracts.Notification.V1;
using Platform.Identity.Domain.Accounts;
using Platform.Identity.Domain.Cards;
using Platform.Identity.Domain.Credentials;
using Platform.Identity.Domain.Devices;
using Platform.Identity.Domain.Face;
using Platform.Identity.Domain.Security;
using Platform.Identity.Domain.Sms;
using Platform.Identity.Domain.Tokens;
using Platform.Identity.Domain.Verification;
using Platform.Identity.Events;
using Platform.Identity.Options;
using Platform.Identity.Storage;
using Platform.Identity.Telemetry;
using Platform.PubSub;
using Platform.Redis;

namespace Platform.Identity.Extensions;

public static class IdentityServiceExtensions
{
    /// <summary>
    /// Registers identity's parts: options, Redis, pub/sub (publishing only), storage, credentials, tokens, factors
    /// and the notification client.
    /// </summary>
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IdentityOptions>().Bind(builder.Configuration.GetSection(IdentityOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IdentityOptions>, IdentityOptionsValidator>();

        builder.AddRedisClient("redis");
        var faceImages = builder.Configuration.GetSection($"{IdentityOptions.Section}:Face:Images").Get<FaceImageLimits>() ?? new FaceImageLimits();
        services.AddGrpc(o => o.MaxReceiveMessageSize = Math.Max(faceImages.MaxRequestBytes, 4 * 1024 * 1024)).MapStoreOutages("identity");
        services.AddGrpcHealthChecks();
        services.AddHealthChecks().AddCheck<FaceEngineHealthCheck>("face-engine", tags: ["ready"]);
        services.AddGrpcClient<Notifications.NotificationsClient>("notification");
        builder.AddPubSub(Topics.PubSubName, appId: "identity");

        services.AddSingleton<IdentityTelemetry>();
        AddStorage(services);
        AddCredentials(services);
        AddDomain(services);
        return builder;
    }

    private static void AddStorage(IServiceCollection services)
    {
        services.AddSingleton<AccountStore>();
        services.AddSingleton<DeviceStore>();
        services.AddSingleton<CardStore>();
        services.AddSingleton<FaceStore>();
        services.AddSingleton<VerificationStore>();
        services.AddSingleton<SmsCodeStore>();
        services.AddSingleton<SingleUseStore>();
        services.AddSingleton<RefreshTokenStore>();
        services.AddSingleton<SecurityEventStore>();
        services.AddSingleton<AttemptLimiter>();
    }

    private static void AddCredentials(IServiceCollection services)
    {
        services.AddSingleton<IdentitySecrets>();
        services.AddSingleton<SecretDigests>();
        services.AddSingleton<LoginPasswordHasher>();
        services.AddSingleton<PaymentPasswordHasher>();
        services.AddSingleton<FaceTemplateCipher>();
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<SessionIssuer>();
    }

    private static void AddDomain(IServiceCollection services)
    {
        services.AddSingleton<SecurityEventPublisher>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<DeviceService>();
        services.AddSingleton<CardService>();
        services.AddSingleton<FaceAvailability>();
        services.AddSingleton<FaceModels>();
        services.AddHostedService<FaceEngineWarmup>();
        services.AddSingleton<AnalysisSlots>();
        services.AddSingleton<FaceAnalysis>();
        services.AddSingleton<FaceEnrolment>();
        services.AddSingleton<StepUpService>();
        services.AddSingleton<FactorGate>();
        services.AddSingleton<PaymentPasswordFactor>();
        services.AddSingleton<SmsCodeFactor>();
        services.AddSingleton<DeviceFactor>();
        services.AddSingleton<FaceFactor>();
        services.AddSingleton<OtpSender>();
        services.AddSingleton<SecurityCentre>();
    }
}
