using Grpc.Core;
using Platform.Contracts;
using Platform.Contracts.Withdrawal.V1;
using Platform.Services.Testing;
using Platform.Withdrawal.Tests.Stack;

namespace Platform.Withdrawal.Tests;

/// <summary>Deadlines, on a replica whose clock the test moves: a verification not completed in time fails the withdrawal.</summary>
[Collection(StackCollection.Name)]
public sealed class ExpiryTests(StackFixture stack)
{
    [Fact]
    public async Task A_verification_not_completed_in_time_fails_the_withdrawal_and_holds_nothing()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        // The moved clock must still accept calls the test signs with the real one.
        var host = await stack.StartWithdrawalAsync(new() { ["Platform:MaxClockSkew"] = "01:00:00" }, clock);
        try
        {
            var probe = new SagaProbe(stack, new(host.Channel));
            var customer = await probe.Customers.CreateAsync(enrollFace: false);
            var created = await probe.CreateAsync(customer, 10_000);
            Assert.Equal(WithdrawalStatus.VerificationRequired, created.Status);
            var expiresAt = created.VerificationExpiresAt.ToDateTimeOffset();
            Assert.True(expiresAt > clock.GetUtcNow());
            var ticket = await probe.VerifyAsync(customer, created);

            clock.Advance(expiresAt - clock.GetUtcNow() + TimeSpan.FromSeconds(1));
            var failed = await probe.WaitForAsync(customer, created.WithdrawalId, WithdrawalStatus.Failed);

            Assert.Contains("not completed in time", failed.Reason);
            await SagaProbe.FailsWith(StatusCode.FailedPrecondition, () => probe.ConfirmAsync(customer, created.WithdrawalId, ticket));
            Assert.Single(await probe.EventsAsync(Topics.WithdrawalFailed, created.WithdrawalId));
            var line = await probe.LineAsync(customer);
            Assert.Equal(line.LimitFen, line.AvailableFen);
        }
        finally
        {
            await stack.StopAsync(host);
        }
    }
}
