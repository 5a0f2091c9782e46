using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.PubSub;
using Platform.Redis;
using Platform.Withdrawal.Bank;
using Platform.Withdrawal.Bank.Simulated;
using Platform.Withdrawal.Downstream;
using Platform.Withdrawal.Events;
using Platform.Withdrawal.Handlers;
using Platform.Withdrawal.Configuration;
using Platform.Withdrawal.Saga;
using Platform.Withdrawal.Saga.Steps;
using Platform.Withdrawal.Storage;
using Platform.Withdrawal.Telemetry;
using CreditClient = Platform.Contracts.Credit.V1.Credit.CreditClient;
using IdentityClient = Platform.Contracts.Identity.V1.Identity.IdentityClient;
using RiskClient = Platform.Contracts.Risk.V1.Risk.RiskClient;

namespace Microsoft.Extensions.Hosting;

/// <summary>Registers the withdrawal service's parts: state store, saga, steps, bank, downstream clients, gRPC.</summary>
public static class WithdrawalServiceExtensions
{
    public static IHostApplicationBuilder AddWithdrawalServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        AddValidatedOptions<WithdrawalOptions>(builder, WithdrawalOptions.Section);
        AddValidatedOptions<SimulatedBankOptions>(builder, SimulatedBankOptions.Section);

        builder.AddRedisClient("redis");
        builder.AddPubSub(Topics.PubSubName).Subscribe<RiskAlert, ReviewDecisionHandler>(Topics.RiskAlert);
        services.AddGrpc().MapStoreOutages("withdrawal");
        services.AddGrpcClient<RiskClient>("risk");
        services.AddGrpcClient<IdentityClient>("identity");
        services.AddGrpcClient<CreditClient>("credit");

        services.AddSingleton<WithdrawalTelemetry>();
        services.AddSingleton<WithdrawalStore>();
        services.AddSingleton<SagaLeases>();
        services.AddSingleton<WithdrawalEvents>();
        services.AddSingleton<DownstreamCalls>();
        services.AddSingleton<BankCalls>();

        services.AddSingleton<SimulatedBank>();
        services.AddSingleton<IBankGateway>(provider => provider.GetRequiredService<SimulatedBank>());
        services.AddSingleton<IBankSettlementListener, SettlementNotifications>();
        services.AddHostedService<SimulatedBankSettlementWorker>();

        services.AddSingleton<VerificationOpener>();
        services.AddSingleton<SagaStep, AssessStep>();
        services.AddSingleton<SagaStep, VerificationExpiredStep>();
        services.AddSingleton<SagaStep, ReviewExpiredStep>();
        services.AddSingleton<SagaStep, ReserveStep>();
        services.AddSingleton<SagaStep, PayoutStep>();
        services.AddSingleton<SagaStep, SettlementStep>();
        services.AddSingleton<SagaStep, PostStep>();
        services.AddSingleton<SagaStep, ReverseStep>();
        services.AddSingleton<SagaDriver>();
        services.AddSingleton<SagaQueue>();
        services.AddHostedService<SagaWorker>();
        services.AddHostedService<SagaRecoveryWorker>();

        services.AddSingleton<CreateWithdrawalHandler>();
        services.AddSingleton<ConfirmWithdrawalHandler>();
        return builder;
    }

    private static void AddValidatedOptions<TOptions>(IHostApplicationBuilder builder, string section)
        where TOptions : class, ISelfValidatingOptions
    {
        builder.Services.AddOptions<TOptions>().Bind(builder.Configuration.GetSection(section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TOptions>, SelfValidation<TOptions>>();
    }
}
