using Microsoft.Extensions.Options;
using Platform.Credit.Background;
using Platform.Credit.Domain;
using Platform.Credit.Events;
using Platform.Credit.Grpc;
using Platform.Credit.Storage;
using Platform.Contracts;
using Platform.PubSub;
using Platform.Redis;

namespace Platform.Credit.Extensions;

public static class Extensions
{
    /// <summary>Registers the credit service's parts: Redis, pub/sub (publishing only), gRPC, options, the store, bills and the expiry sweeper.</summary>
    public static IHostApplicationBuilder AddCreditServices(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("redis");
        builder.AddPubSub(Topics.PubSubName);
        builder.Services.AddGrpc().MapStoreOutages("credit");

        builder.Services.AddOptions<CreditOptions>()
            .Bind(builder.Configuration.GetSection(CreditOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CreditOptions>, CreditOptionsValidator>();

        builder.Services.AddSingleton(provider =>
            new CreditCalendar(provider.GetRequiredService<IOptions<CreditOptions>>().Value.LocalUtcOffset));
        builder.Services.AddSingleton<BillCalculator>();
        builder.Services.AddSingleton<CreditOutbox>();
        builder.Services.AddSingleton<CreditStore>();
        builder.Services.AddSingleton<HoldExpiryIndex>();
        builder.Services.AddSingleton<CreditRequestValidator>();
        builder.Services.AddHostedService<HoldExpirySweeper>();
        return builder;
    }
}
