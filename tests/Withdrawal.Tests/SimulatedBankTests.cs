using Microsoft.Extensions.Options;
using Platform.Withdrawal.Bank;
using Platform.Withdrawal.Bank.Simulated;
using Platform.Services.Testing;
using Platform.Withdrawal.Tests.Infrastructure;

namespace Platform.Withdrawal.Tests;

/// <summary>The simulated bank against a real redis-server: dedupe by key, test cards, settlement by bank, cancellation.</summary>
[Collection(RedisCollection.Name)]
public sealed class SimulatedBankTests(RedisFixture redis)
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_payout_sent_twice_with_one_key_is_made_once_and_both_requests_are_counted()
    {
        var bank = Bank();
        var key = NewKey();

        var first = await bank.PayoutAsync(Instruction(key), default);
        var second = await bank.PayoutAsync(Instruction(key, amountFen: 999), default);

        Assert.Equal(PayoutStatus.Pending, first.Status);
        Assert.Equal(first, second);
        Assert.Equal(2, await bank.GetPayoutRequestCountAsync(key, default));
        Assert.Equal(0, await bank.GetPayoutRequestCountAsync(NewKey(), default));
        Assert.Null(await bank.GetPayoutAsync(NewKey(), default));
    }

    [Fact]
    public async Task Test_cards_and_amounts_are_refused()
    {
        var bank = Bank();

        var refusedCard = await bank.PayoutAsync(Instruction(NewKey(), last4: "0002"), default);
        var refusedAmount = await bank.PayoutAsync(Instruction(NewKey(), amountFen: 666_66), default);

        Assert.Equal(PayoutStatus.Rejected, refusedCard.Status);
        Assert.Contains("card", refusedCard.Reason);
        Assert.Equal(PayoutStatus.Rejected, refusedAmount.Status);
        Assert.True(refusedAmount.MovedNoMoney);
    }

    [Fact]
    public async Task Money_arrives_at_the_time_its_bank_takes_and_a_failing_card_fails_to_settle()
    {
        var bank = Bank(o => o.SettlementDelays["CMB"] = TimeSpan.FromMinutes(1));
        var settling = NewKey();
        var failing = NewKey();
        var sent = await bank.PayoutAsync(Instruction(settling, bankCode: "CMB"), default);
        await bank.PayoutAsync(Instruction(failing, last4: "0003", bankCode: "CMB"), default);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(1), sent.ExpectedArrivalAt);

        Assert.DoesNotContain(await bank.SettleDueAsync(1000, default), p => p.Key == settling || p.Key == failing);
        _time.Advance(TimeSpan.FromMinutes(1));
        var settled = await bank.SettleDueAsync(1000, default);

        Assert.Equal(PayoutStatus.Settled, settled.Single(p => p.Key == settling).Status);
        Assert.Equal(PayoutStatus.Failed, settled.Single(p => p.Key == failing).Status);
        Assert.Equal(PayoutStatus.Settled, (await bank.GetPayoutAsync(settling, default))!.Status);
        Assert.DoesNotContain(await bank.SettleDueAsync(1000, default), p => p.Key == settling);
    }

    [Fact]
    public async Task A_cancelled_payout_never_settles_and_a_late_copy_is_refused()
    {
        var bank = Bank();
        var pending = NewKey();
        var neverSent = NewKey();
        await bank.PayoutAsync(Instruction(pending), default);

        Assert.Equal(PayoutStatus.Cancelled, (await bank.CancelPayoutAsync(pending, default)).Status);
        Assert.Equal(PayoutStatus.Cancelled, (await bank.CancelPayoutAsync(neverSent, default)).Status);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.DoesNotContain(await bank.SettleDueAsync(1000, default), p => p.Key == pending);
        Assert.Equal(PayoutStatus.Cancelled, (await bank.PayoutAsync(Instruction(neverSent), default)).Status);
    }

    [Fact]
    public async Task A_settled_payout_cannot_be_cancelled()
    {
        var bank = Bank(o => o.DefaultSettlementDelay = TimeSpan.Zero);
        var key = NewKey();
        await bank.PayoutAsync(Instruction(key, bankCode: "NONE"), default);
        await bank.SettleDueAsync(1000, default);

        Assert.Equal(PayoutStatus.Settled, (await bank.CancelPayoutAsync(key, default)).Status);
    }

    private SimulatedBank Bank(Action<SimulatedBankOptions>? configure = null)
    {
        var options = new SimulatedBankOptions { MinLatency = TimeSpan.Zero, MaxLatency = TimeSpan.Zero };
        configure?.Invoke(options);
        options.Validate();
        return new SimulatedBank(redis.Client, Options.Create(options), _time);
    }

    private static string NewKey() => "wd_" + Guid.NewGuid().ToString("N");

    private static PayoutInstruction Instruction(string key, long amountFen = 10_000, string last4 = "1234", string bankCode = "ICBC") =>
        new(key, amountFen, "card-1", last4, "fp-1", bankCode, $"{key}:user-1");
}
