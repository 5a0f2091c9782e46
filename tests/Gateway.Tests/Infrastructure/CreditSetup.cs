using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Credit.V1;
using Platform.Contracts.Identity.V1;
using Platform.ServiceDefaults.Security;
using CreditClient = Platform.Contracts.Credit.V1.Credit.CreditClient;

namespace Platform.Gateway.Tests.Infrastructure;

/// <summary>
/// Puts a user in debt the way a completed withdrawal would (a hold reserved, then posted), by calling the real
/// credit service as a system caller with the deployment's key, so repayments have something to repay.
/// </summary>
public static class CreditSetup
{
    public static async Task SpendAsync(GatewayStack stack, string userId, long amountFen)
    {
        var credit = stack.Gateway.Services.GetRequiredService<CreditClient>();
        var caller = stack.Gateway.Services.GetRequiredService<CallerMetadata>();
        var operationId = "w-" + Guid.NewGuid().ToString("N");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        await credit.ReserveAsync(new ReserveRequest
        {
            UserId = userId, OperationId = operationId, AmountFen = amountFen, Strength = VerificationStrength.Face,
        }, caller.ForSystem(userId), deadline);
        await credit.PostAsync(new SettleHoldRequest { UserId = userId, OperationId = operationId }, caller.ForSystem(userId), deadline);
    }
}
