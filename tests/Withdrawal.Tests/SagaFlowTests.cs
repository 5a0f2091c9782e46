using Platform.Contracts;
using Platform.Contracts.Identity.V1;
using Platform.Contracts.Withdrawal.V1;
using Platform.Withdrawal.Tests.Stack;

namespace Platform.Withdrawal.Tests;

/// <summary>The saga from request to money, against the real identity, risk and credit services and the simulated bank.</summary>
[Collection(StackCollection.Name)]
public sealed class SagaFlowTests(StackFixture stack)
{
    private readonly SagaProbe _probe = new(stack);

    [Fact]
    public async Task Happy_path_a_trusted_device_and_the_face_take_the_money_to_the_card_once()
    {
        var customer = await _probe.Customers.CreateAsync(limitFen: 1_000_000, cashLimitFen: 500_000);

        var created = await _probe.CreateAsync(customer, 300_000);
        Assert.Equal(WithdrawalStatus.VerificationRequired, created.Status);
        Assert.Equal([Factor.Face], created.RequiredFactors);
        Assert.NotEmpty(created.VerificationId);
        Assert.Equal(customer.CardLast4, created.CardLast4);

        var confirmed = await _probe.ConfirmAsync(customer, created.WithdrawalId, await _probe.VerifyAsync(customer, created));
        Assert.Contains(confirmed.Status, new[] { WithdrawalStatus.PayingOut, WithdrawalStatus.Settling, WithdrawalStatus.Completed });

        var completed = await _probe.WaitForAsync(customer, created.WithdrawalId, WithdrawalStatus.Completed);
        Assert.NotEmpty(completed.BankReference);
        Assert.NotNull(completed.ExpectedArrivalAt);
        Assert.NotNull(completed.CompletedAt);
        Assert.Equal("", completed.Reason);

        var line = await _probe.LineAsync(customer);
        Assert.Equal(300_000, line.UsedFen);
        Assert.Equal(0, line.HeldFen);
        Assert.Equal(700_000, line.AvailableFen);
        Assert.Equal(1, await _probe.PayoutRequestsAsync(created.WithdrawalId));
        Assert.Single(await _probe.EventsAsync(Topics.WithdrawalCreated, created.WithdrawalId));
        var done = Assert.Single(await _probe.EventsAsync(Topics.WithdrawalCompleted, created.WithdrawalId));
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal("300000", done.GetProperty("amountFen").GetString());
    }

    [Fact]
    public async Task Step_up_a_new_device_must_prove_the_face_and_an_sms_code()
    {
        var customer = await _probe.Customers.CreateAsync();

        var created = await _probe.CreateAsync(customer, 50_000, deviceId: Customer.NewDeviceId());
        Assert.Equal(WithdrawalStatus.VerificationRequired, created.Status);
        Assert.Equal(new[] { Factor.Face, Factor.SmsCode }.Order(), created.RequiredFactors.Order());

        await _probe.ConfirmAsync(customer, created.WithdrawalId, await _probe.VerifyAsync(customer, created));
        await _probe.WaitForAsync(customer, created.WithdrawalId, WithdrawalStatus.Completed);
        Assert.Equal(50_000, (await _probe.LineAsync(customer)).UsedFen);
    }

    [Fact]
    public async Task A_block_listed_card_is_declined_and_nothing_is_held()
    {
        var customer = await _probe.Customers.CreateAsync();
        var card = await stack.IdentityClient.GetCardAsync(
            new GetCardRequest { UserId = customer.UserId, CardId = customer.CardId }, stack.Callers.User(customer.UserId), Customers.Deadline);
        await stack.RiskClient.AddToListAsync(
            new Contracts.Risk.V1.ListEntry { List = "card", Value = card.CardFingerprint, Reason = "test: stolen card" },
            stack.Callers.Operator(), Customers.Deadline);

        var rejected = await _probe.CreateAsync(customer, 10_000);

        Assert.Equal(WithdrawalStatus.Rejected, rejected.Status);
        Assert.Contains("BLOCKLISTED_CARD", rejected.Reason);
        Assert.Single(await _probe.EventsAsync(Topics.WithdrawalRejected, rejected.WithdrawalId));
        var line = await _probe.LineAsync(customer);
        Assert.Equal(line.LimitFen, line.AvailableFen);
        Assert.Equal(0, await _probe.PayoutRequestsAsync(rejected.WithdrawalId));
    }

    [Theory]
    [InlineData("0002", "refused the card")]
    [InlineData("0003", "returned the transfer")]
    public async Task A_bank_failure_voids_the_hold_restores_the_credit_and_fails_with_the_reason(string cardLast4, string reason)
    {
        var customer = await _probe.Customers.CreateAsync(cardLast4: cardLast4);

        var confirmed = await _probe.WithdrawAsync(customer, 80_000);
        var failed = await _probe.WaitForAsync(customer, confirmed.WithdrawalId, WithdrawalStatus.Failed);

        Assert.Contains(reason, failed.Reason);
        var line = await _probe.LineAsync(customer);
        Assert.Equal(0, line.HeldFen);
        Assert.Equal(0, line.UsedFen);
        Assert.Equal(line.LimitFen, line.AvailableFen);
        Assert.Equal(1, await _probe.PayoutRequestsAsync(confirmed.WithdrawalId));
        var @event = Assert.Single(await _probe.EventsAsync(Topics.WithdrawalFailed, confirmed.WithdrawalId));
        Assert.Contains(reason, @event.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Insufficient_credit_fails_at_the_reserve_with_the_reason_and_holds_nothing()
    {
        var customer = await _probe.Customers.CreateAsync(limitFen: 100_000, cashLimitFen: 30_000);

        var confirmed = await _probe.WithdrawAsync(customer, 50_000);

        Assert.Equal(WithdrawalStatus.Failed, confirmed.Status);
        Assert.Contains("Not enough cash credit", confirmed.Reason);
        var line = await _probe.LineAsync(customer);
        Assert.Equal(0, line.HeldFen);
        Assert.Equal(100_000, line.AvailableFen);
        Assert.Equal(0, await _probe.PayoutRequestsAsync(confirmed.WithdrawalId));
        Assert.Single(await _probe.EventsAsync(Topics.WithdrawalFailed, confirmed.WithdrawalId));
    }
}
