using System.Text.Json;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Contracts.Credit.V1;
using Platform.Contracts.Identity.V1;
using Platform.Contracts.Withdrawal.V1;
using Platform.Redis;
using Platform.Testing;
using Platform.Withdrawal.Bank.Simulated;
using WithdrawalsClient = Platform.Contracts.Withdrawal.V1.Withdrawals.WithdrawalsClient;
using WithdrawalMessage = Platform.Contracts.Withdrawal.V1.Withdrawal;

namespace Platform.Withdrawal.Tests.Stack;

/// <summary>
/// Walks withdrawals through the saga as the gateway would, and looks at the results from outside: the records,
/// the credit line, the bank's books and the event streams.
/// </summary>
public sealed class SagaProbe(StackFixture stack, WithdrawalsClient? withdrawals = null)
{
    private static readonly TimeSpan SagaTimeout = TimeSpan.FromSeconds(60);
    private readonly Customers _customers = new(stack);
    private readonly WithdrawalsClient _withdrawals = withdrawals ?? stack.WithdrawalClient;

    public Customers Customers => _customers;

    public Task<WithdrawalMessage> CreateAsync(Customer customer, long amountFen, string? deviceId = null, string? key = null) =>
        _withdrawals.CreateAsync(new CreateWithdrawalRequest
        {
            UserId = customer.UserId,
            IdempotencyKey = key ?? Guid.NewGuid().ToString("N"),
            AmountFen = amountFen,
            CardId = customer.CardId,
            DeviceId = deviceId ?? customer.DeviceId,
            ClientIp = "10.1.2.3",
        }, stack.Callers.User(customer.UserId), Customers.Deadline).ResponseAsync;

    /// <summary>Proves the factors the withdrawal asks for with identity and returns the ticket.</summary>
    public async Task<string> VerifyAsync(Customer customer, WithdrawalMessage withdrawal)
    {
        Assert.Equal(WithdrawalStatus.VerificationRequired, withdrawal.Status);
        var verification = await stack.IdentityClient.GetVerificationAsync(
            new GetVerificationRequest { UserId = customer.UserId, VerificationId = withdrawal.VerificationId },
            stack.Callers.User(customer.UserId), Customers.Deadline);
        return await _customers.ProveAsync(customer, verification);
    }

    public Task<WithdrawalMessage> ConfirmAsync(Customer customer, string withdrawalId, string ticket) =>
        _withdrawals.ConfirmAsync(
            new ConfirmWithdrawalRequest { UserId = customer.UserId, WithdrawalId = withdrawalId, Ticket = ticket },
            stack.Callers.User(customer.UserId), Customers.Deadline).ResponseAsync;

    /// <summary>Create, verify, confirm: what a user does; the rest is up to the saga.</summary>
    public async Task<WithdrawalMessage> WithdrawAsync(Customer customer, long amountFen, string? deviceId = null)
    {
        var created = await CreateAsync(customer, amountFen, deviceId);
        return await ConfirmAsync(customer, created.WithdrawalId, await VerifyAsync(customer, created));
    }

    public Task<WithdrawalMessage> GetAsync(Customer customer, string withdrawalId) =>
        _withdrawals.GetAsync(new GetWithdrawalRequest { UserId = customer.UserId, WithdrawalId = withdrawalId },
            stack.Callers.User(customer.UserId), Customers.Deadline).ResponseAsync;

    /// <summary>Waits until the withdrawal reaches <paramref name="status"/> (failing early if it ends otherwise).</summary>
    public async Task<WithdrawalMessage> WaitForAsync(Customer customer, string withdrawalId, WithdrawalStatus status)
    {
        WithdrawalMessage? last = null;
        await Poll.UntilAsync(async () =>
        {
            last = await GetAsync(customer, withdrawalId);
            if (last.Status != status && IsTerminal(last.Status))
                throw new Xunit.Sdk.XunitException($"{withdrawalId} ended {last.Status} ({last.Reason}), not {status}");
            return last.Status == status;
        }, SagaTimeout, $"withdrawal {withdrawalId} to be {status}", TimeSpan.FromMilliseconds(50));
        return last!;
    }

    public Task<CreditLine> LineAsync(Customer customer) =>
        stack.CreditClient.GetLineAsync(new GetLineRequest { UserId = customer.UserId }, stack.Callers.User(customer.UserId), Customers.Deadline).ResponseAsync;

    /// <summary>How many payout requests the bank received for this withdrawal.</summary>
    public Task<long> PayoutRequestsAsync(string withdrawalId) =>
        new SimulatedBank(stack.RedisClient, Options.Create(new SimulatedBankOptions()), TimeProvider.System)
            .GetPayoutRequestCountAsync(withdrawalId, default);

    /// <summary>The events on <paramref name="topic"/> about this withdrawal, as their CloudEvent data.</summary>
    public async Task<List<JsonElement>> EventsAsync(string topic, string withdrawalId)
    {
        var entries = await stack.RedisClient.XRangeAsync(topic);
        return entries
            .Select(entry => JsonDocument.Parse(entry.GetString("data")!).RootElement.GetProperty("data"))
            .Where(data => data.GetProperty("withdrawalId").GetString() == withdrawalId)
            .ToList();
    }

    /// <summary>Asserts the call fails with <paramref name="code"/> and returns the error.</summary>
    public static async Task<RpcException> FailsWith(StatusCode code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(error.StatusCode == code, $"expected {code} but got {error.StatusCode}: {error.Status.Detail}");
        return error;
    }

    private static bool IsTerminal(WithdrawalStatus status) =>
        status is WithdrawalStatus.Completed or WithdrawalStatus.Failed or WithdrawalStatus.Rejected;
}
