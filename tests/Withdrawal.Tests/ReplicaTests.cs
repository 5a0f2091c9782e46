using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.Withdrawal.V1;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Saga;
using Platform.Withdrawal.Tests.Stack;

namespace Platform.Withdrawal.Tests;

/// <summary>
/// Two replicas of the service on one Redis, both recovering, settling and driving the same sagas at once: each
/// saga is still driven by one of them at a time, so every effect happens once.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ReplicaTests(StackFixture stack)
{
    [Fact]
    public async Task Two_replicas_driving_the_same_sagas_pay_each_out_once()
    {
        var replica = await stack.StartWithdrawalAsync([]);
        try
        {
            var probes = new[] { new SagaProbe(stack), new SagaProbe(stack, new(replica.Channel)) };
            var drivers = new[] { stack.Withdrawal.Services.GetRequiredService<SagaDriver>(), replica.Services.GetRequiredService<SagaDriver>() };
            var customers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => probes[0].Customers.CreateAsync(enrollFace: false)));

            var confirmed = await Task.WhenAll(customers.Select(async (customer, i) =>
            {
                var withdrawal = await probes[i % 2].WithdrawAsync(customer, 5_000 + i);
                // Both replicas try to drive the saga at the same moment, several times over.
                await Task.WhenAll(Enumerable.Range(0, 6).Select(attempt =>
                    drivers[attempt % 2].TryDriveAsync(new SagaRef(withdrawal.WithdrawalId, customer.UserId), null, default)));
                return withdrawal;
            }));

            for (var i = 0; i < customers.Length; i++)
            {
                var done = await probes[(i + 1) % 2].WaitForAsync(customers[i], confirmed[i].WithdrawalId, WithdrawalStatus.Completed);
                Assert.Equal(1, await probes[0].PayoutRequestsAsync(done.WithdrawalId));
                Assert.Single(await probes[0].EventsAsync(Topics.WithdrawalCompleted, done.WithdrawalId));
                Assert.Equal(5_000 + i, (await probes[0].LineAsync(customers[i])).UsedFen);
            }
        }
        finally
        {
            await stack.StopAsync(replica);
        }
    }
}
