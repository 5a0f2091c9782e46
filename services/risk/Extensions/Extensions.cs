using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.PubSub;
using Platform.Redis;
using Platform.Risk.Assessments;
using Platform.Risk.Cases;
using Platform.Risk.Domain;
using Platform.Risk.Events;
using Platform.Risk.Grpc;
using Platform.Risk.Handlers;
using Platform.Risk.Storage;

namespace Platform.Risk.Extensions;

public static class Extensions
{
    /// <summary>Registers the risk service's parts: Redis, pub/sub subscriptions that feed the features, gRPC, options, stores, scoring and cases.</summary>
    public static IHostApplicationBuilder AddRiskServices(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("redis");
        builder.AddPubSub(Topics.PubSubName)
            .Subscribe<WithdrawalEvent, WithdrawalEventsHandler>(Topics.WithdrawalCreated)
            .Subscribe<WithdrawalEvent, WithdrawalEventsHandler>(Topics.WithdrawalCompleted)
            .Subscribe<SecurityEvent, SecurityEventsHandler>(Topics.IdentitySecurity);
        builder.Services.AddGrpc().MapStoreOutages("risk");
        builder.Services.AddOptions<RiskOptions>().Bind(builder.Configuration.GetSection(RiskOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RiskOptions>, RiskOptionsValidator>();

        builder.Services.AddSingleton<FeatureAssembler>();
        builder.Services.AddSingleton<AnomalyScorer>();
        builder.Services.AddSingleton<RiskScorer>();
        builder.Services.AddSingleton<SignalStore>();
        builder.Services.AddSingleton<SubjectStore>();
        builder.Services.AddSingleton<AssessmentStore>();
        builder.Services.AddSingleton<CaseStore>();
        builder.Services.AddSingleton<RuleBook>();
        builder.Services.AddSingleton<RiskAlertEvents>();
        builder.Services.AddSingleton<RiskAssessor>();
        builder.Services.AddSingleton<CaseDesk>();
        builder.Services.AddSingleton<RiskRequestValidator>();
        builder.Services.AddSingleton<FeatureUpdater>();
        return builder;
    }
}
