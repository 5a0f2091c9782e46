using Platform.Contracts.Identity.V1;
using Platform.Contracts.Notification.V1;
using CreditClient = Platform.Contracts.Credit.V1.Credit.CreditClient;
using RiskClient = Platform.Contracts.Risk.V1.Risk.RiskClient;
using WithdrawalsClient = Platform.Contracts.Withdrawal.V1.Withdrawals.WithdrawalsClient;

namespace Platform.Gateway.Downstream;

public static class ServiceClientsExtensions
{
    /// <summary>
    /// One typed client per service, resolved by name from <c>services__{name}__grpc__0</c>. Every call the gateway
    /// makes sets its own deadline (see <see cref="ServiceCalls"/>); the default deadline is the same value, a
    /// backstop for a call that might not.
    /// </summary>
    public static IServiceCollection AddServiceClients(this IServiceCollection services, IConfiguration configuration)
    {
        var deadline = configuration.GetSection(DownstreamOptions.Section).Get<DownstreamOptions>()?.Deadline ?? new DownstreamOptions().Deadline;
        services.AddGrpcClient<Identity.IdentityClient>("identity", o => o.DefaultDeadline = deadline);
        services.AddGrpcClient<CreditClient>("credit", o => o.DefaultDeadline = deadline);
        services.AddGrpcClient<WithdrawalsClient>("withdrawal", o => o.DefaultDeadline = deadline);
        services.AddGrpcClient<RiskClient>("risk", o => o.DefaultDeadline = deadline);
        services.AddGrpcClient<Notifications.NotificationsClient>("notification", o => o.DefaultDeadline = deadline);
        return services;
    }
}
