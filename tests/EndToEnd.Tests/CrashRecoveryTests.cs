using System.Diagnostics;
using Platform.EndToEnd.Tests.Infrastructure;
using Platform.Gateway.Client;
using Platform.Testing;

namespace Platform.EndToEnd.Tests;

/// <summary>The withdrawal service is SIGKILLed with sagas in flight; the app host restarts it and every saga finishes once.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CrashRecoveryTests(PlatformStack stack)
{
    private const long Amount = 300_000;

    [Fact]
    public async Task Every_saga_finishes_after_a_SIGKILL_with_no_double_payout_and_credit_agreeing()
    {
        // ABC settles in 3 s, so the confirmed withdrawals are still paying out when the service dies.
        var users = new List<SimulatedUser>();
        for (var i = 0; i < 2; i++) users.Add(await stack.Driver.ReadyUserAsync(bankCode: "ABC"));
        var inFlight = new List<(SimulatedUser User, string Id)>();
        var awaitingConfirmation = new List<(SimulatedUser User, ApiResponse Created)>();
        foreach (var user in users)
        {
            for (var i = 0; i < 3; i++) inFlight.Add((user, (await user.WithdrawAsync(Amount)).Str("withdrawalId")!));
            awaitingConfirmation.Add((user, (await user.StartWithdrawalAsync(Amount)).Expect(202)));
        }
        var restartsBefore = stack.Restarts("withdrawal");

        Process.GetProcessById(stack.Replica("withdrawal").ProcessId!.Value).Kill(entireProcessTree: true);

        await Poll.UntilAsync(() => stack.Restarts("withdrawal") > restartsBefore && stack.Replica("withdrawal").IsHealthy,
            TimeSpan.FromMinutes(2), "the app host to restart the withdrawal service", TimeSpan.FromMilliseconds(200));
        foreach (var (user, created) in awaitingConfirmation)
            inFlight.Add((user, (await user.VerifyAndConfirmAsync(created)).Str("withdrawalId")!));

        foreach (var (user, id) in inFlight)
        {
            Assert.Equal("completed", (await Eventually.FinalAsync(user, id)).Str("status"));
            Assert.Equal(("settled", 1L, Amount), await stack.Bank.PayoutAsync(id));
            Assert.Equal(["reserve", "post"], await CreditChecks.KindsForAsync(user, id));
        }
        foreach (var user in users)
        {
            var line = await CreditChecks.AssertBalancedAsync(user);
            Assert.Equal(4 * Amount, line.UsedFen);
            Assert.Equal(0, line.HeldFen);
            user.Dispose();
        }
    }
}
