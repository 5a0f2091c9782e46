using Grpc.Core;
using Platform.Contracts;
using Platform.Contracts.Withdrawal.V1;
using Platform.Withdrawal.Tests.Stack;

namespace Platform.Withdrawal.Tests;

/// <summary>The same Idempotency-Key makes one withdrawal; a step-up ticket moves one withdrawal, once.</summary>
[Collection(StackCollection.Name)]
public sealed class IdempotencyAndTicketTests(StackFixture stack)
{
    private readonly SagaProbe _probe = new(stack);

    [Fact]
    public async Task The_same_idempotency_key_twice_makes_one_withdrawal()
    {
        var customer = await _probe.Customers.CreateAsync();
        var key = Guid.NewGuid().ToString("N");

        var first = await _probe.CreateAsync(customer, 12_300, key: key);
        var second = await _probe.CreateAsync(customer, 12_300, key: key);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _probe.CreateAsync(customer, 12_300, key: key)));

        Assert.Equal(first.WithdrawalId, second.WithdrawalId);
        Assert.All(concurrent, w => Assert.Equal(first.WithdrawalId, w.WithdrawalId));
        Assert.Equal(first.VerificationId, second.VerificationId);
        Assert.Single(await _probe.EventsAsync(Topics.WithdrawalCreated, first.WithdrawalId));
        Assert.Single(await ListAsync(customer));
    }

    [Fact]
    public async Task The_same_idempotency_key_with_another_amount_is_refused_and_changes_nothing()
    {
        var customer = await _probe.Customers.CreateAsync();
        var key = Guid.NewGuid().ToString("N");
        await _probe.CreateAsync(customer, 12_300, key: key);

        var error = await SagaProbe.FailsWith(StatusCode.AlreadyExists, () => _probe.CreateAsync(customer, 99_900, key: key));

        Assert.Contains("idempotency_key", error.Status.Detail);
        var only = Assert.Single(await ListAsync(customer));
        Assert.Equal(12_300, only.AmountFen);
    }

    [Fact]
    public async Task A_replayed_ticket_is_rejected_and_a_ticket_moves_only_its_own_withdrawal()
    {
        var customer = await _probe.Customers.CreateAsync();
        var first = await _probe.CreateAsync(customer, 10_000);
        var second = await _probe.CreateAsync(customer, 10_000);
        var ticket = await _probe.VerifyAsync(customer, first);

        var misused = await SagaProbe.FailsWith(StatusCode.FailedPrecondition,
            () => _probe.ConfirmAsync(customer, second.WithdrawalId, ticket));
        Assert.Contains("ticket", misused.Status.Detail);
        Assert.Equal(WithdrawalStatus.VerificationRequired, (await _probe.GetAsync(customer, second.WithdrawalId)).Status);

        await _probe.ConfirmAsync(customer, first.WithdrawalId, ticket);
        await SagaProbe.FailsWith(StatusCode.FailedPrecondition, () => _probe.ConfirmAsync(customer, first.WithdrawalId, ticket));
        await _probe.WaitForAsync(customer, first.WithdrawalId, WithdrawalStatus.Completed);

        Assert.Equal(1, await _probe.PayoutRequestsAsync(first.WithdrawalId));
        Assert.Equal(10_000, (await _probe.LineAsync(customer)).UsedFen);
    }

    private async Task<IReadOnlyList<Contracts.Withdrawal.V1.Withdrawal>> ListAsync(Customer customer) =>
        (await stack.WithdrawalClient.ListAsync(new ListWithdrawalsRequest { UserId = customer.UserId, PageSize = 100 },
            stack.Callers.User(customer.UserId), Customers.Deadline)).Withdrawals;
}
