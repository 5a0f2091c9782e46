using Platform.Contracts;
using Platform.Contracts.Credit.V1;
using Platform.Contracts.Withdrawal.V1;
using Platform.Testing;
using Platform.Withdrawal.Tests.Stack;

namespace Platform.Withdrawal.Tests;

/// <summary>
/// The withdrawal service PROCESS is killed with SIGKILL while payouts are in flight at a slow bank, then started
/// again: every saga finishes, each payout reached the bank exactly once, and credit and its ledger agree.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class CrashRecoveryTests(StackFixture stack)
{
    private const int Withdrawals = 6;
    private const long AmountFen = 12_000;

    [Fact]
    public async Task Sagas_killed_mid_payout_finish_after_a_restart_with_exactly_one_payout_each()
    {
        var settings = stack.WithdrawalEnvironment();
        settings["SimulatedBank:MinLatency"] = "00:00:01.500";
        settings["SimulatedBank:MaxLatency"] = "00:00:02";
        settings["Withdrawal:Deadlines:Bank"] = "00:00:02.500";
        settings["Withdrawal:LeaseDuration"] = "00:00:05";

        var customers = await Task.WhenAll(Enumerable.Range(0, Withdrawals).Select(_ => new Customers(stack).CreateAsync(enrollFace: false)));
        var ids = new List<string>();
        await using (var first = await WithdrawalProcess.StartAsync(settings))
        {
            var probe = new SagaProbe(stack, first.Client);
            foreach (var customer in customers)
            {
                var confirmed = await probe.WithdrawAsync(customer, AmountFen);
                Assert.Equal(WithdrawalStatus.PayingOut, confirmed.Status);
                ids.Add(confirmed.WithdrawalId);
            }
            await Poll.UntilAsync(async () => await probe.PayoutRequestsAsync(ids[0]) > 0, TimeSpan.FromSeconds(30), "the first payout to reach the bank");
            first.Kill();
        }

        var atKill = await Task.WhenAll(ids.Select(id => new SagaProbe(stack).PayoutRequestsAsync(id)));
        Assert.Contains(atKill, count => count == 1);

        await using var second = await WithdrawalProcess.StartAsync(settings);
        var after = new SagaProbe(stack, second.Client);
        for (var i = 0; i < Withdrawals; i++)
        {
            await after.WaitForAsync(customers[i], ids[i], WithdrawalStatus.Completed);
        }

        for (var i = 0; i < Withdrawals; i++)
        {
            Assert.Equal(1, await after.PayoutRequestsAsync(ids[i]));
            Assert.Single(await after.EventsAsync(Topics.WithdrawalCompleted, ids[i]));
            var line = await after.LineAsync(customers[i]);
            Assert.Equal(AmountFen, line.UsedFen);
            Assert.Equal(0, line.HeldFen);
            Assert.Equal(line.LimitFen, line.AvailableFen + line.UsedFen + line.HeldFen);
            await AssertLedgerAgreesAsync(customers[i], ids[i]);
        }
    }

    /// <summary>The ledger moved this withdrawal's amount exactly once into the hold and once out of it, and balances.</summary>
    private async Task AssertLedgerAgreesAsync(Customer customer, string withdrawalId)
    {
        var ledger = await stack.CreditClient.ListLedgerAsync(
            new ListLedgerRequest { UserId = customer.UserId, PageSize = 100 }, stack.Callers.User(customer.UserId), Customers.Deadline);
        var entries = ledger.Entries.Where(e => e.OperationId == withdrawalId).ToList();
        Assert.Equal(["post", "reserve"], entries.Select(e => e.Kind).Order());
        Assert.All(entries, e => Assert.Equal(AmountFen, e.AmountFen));
    }
}
