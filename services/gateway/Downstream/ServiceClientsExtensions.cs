using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Identity.V1;
using Platform.Contracts.Notification.V1;
using CreditClient = Platform.Contracts.Credit.V1.Credit.CreditClient;
using RiskClient = Platform.Contracts.Risk.V1.Risk.RiskClient;
using WithdrawalsClient = Platform.Contracts.Withdrawal.V1.Withdrawals.WithdrawalsClient;

namespace Platform.Gateway.Downstream;

public static class ServiceClientsExtensions
{
    /// <summary>One typed client per service, resolved by name from <c>services__{name}__grpc__0</c>.</summary>
    public static IServiceCollection AddServiceClients(this IServiceCollection services)
    {
        AddClient(services, "identity", invoker => new Identity.IdentityClient(invoker));
        AddClient(services, "credit", invoker => new CreditClient(invoker));
        AddClient(services, "withdrawal", invoker => new WithdrawalsClient(invoker));
        AddClient(services, "risk", invoker => new RiskClient(invoker));
        AddClient(services, "notification", invoker => new Notifications.NotificationsClient(invoker));
        return services;
    }

    private static void AddClient<TClient>(IServiceCollection services, string name, Func<CallInvoker, TClient> create)
        where TClient : class
    {
        services.AddSingleton(provider =>
        {
            var key = $"services:{name}:grpc:0";
            var address = provider.GetRequiredService<IConfiguration>()[key]
                ?? throw new InvalidOperationException($"No address for service '{name}': set {key.Replace(":", "__")}.");
            return create(GrpcChannel.ForAddress(address).CreateCallInvoker());
        });
    }
}
