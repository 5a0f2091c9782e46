using Platform.EndToEnd.Tests.Infrastructure;

namespace Platform.EndToEnd.Tests;

/// <summary>Credit refuses what the line, the single-transaction limit or the daily limit does not allow; nothing stays held.</summary>
[Collection(PlatformCollection.Name)]
public sealed class LimitTests(PlatformStack stack)
{
    [Fact]
    public async Task Insufficient_credit_fails_the_withdrawal_and_holds_nothing()
    {
        using var user = await stack.Driver.ReadyUserAsync(limitFen: 400_000, cashLimitFen: 400_000);
        var first = await user.WithdrawAsync(250_000);
        Assert.Equal("completed", (await Eventually.FinalAsync(user, first.Str("withdrawalId")!)).Str("status"));

        var second = await user.WithdrawAsync(250_000);
        var final = await Eventually.FinalAsync(user, second.Str("withdrawalId")!);

        Assert.Equal("failed", final.Str("status"));
        Assert.NotNull(final.Str("reason"));
        var line = await CreditChecks.AssertBalancedAsync(user);
        Assert.Equal(250_000, line.UsedFen);
        Assert.Equal(0, line.HeldFen);
        Assert.Null(await stack.Bank.PayoutAsync(second.Str("withdrawalId")!));
    }

    [Fact]
    public async Task The_users_single_transaction_limit_is_enforced()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        (await user.Api.PutAsync("/api/credit/limits", new { singleTransactionFen = 250_000, dailyFen = 5_000_000 })).Expect(200);

        var refused = await Eventually.FinalAsync(user, (await user.WithdrawAsync(260_000)).Str("withdrawalId")!);
        var allowed = await Eventually.FinalAsync(user, (await user.WithdrawAsync(240_000)).Str("withdrawalId")!);

        Assert.Equal("failed", refused.Str("status"));
        Assert.Equal("completed", allowed.Str("status"));
        Assert.Equal(240_000, (await CreditChecks.AssertBalancedAsync(user)).UsedFen);
    }

    [Fact]
    public async Task The_daily_limit_counts_every_withdrawal_of_the_day()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        (await user.Api.PutAsync("/api/credit/limits", new { singleTransactionFen = 300_000, dailyFen = 650_000 })).Expect(200);

        var statuses = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var confirmed = await user.WithdrawAsync(250_000);
            statuses.Add((await Eventually.FinalAsync(user, confirmed.Str("withdrawalId")!)).Str("status")!);
        }

        Assert.Equal(["completed", "completed", "failed"], statuses);
        var line = await CreditChecks.AssertBalancedAsync(user);
        Assert.Equal(500_000, line.UsedFen);
        Assert.Equal(500_000, line.WithdrawnTodayFen);
    }

    [Fact]
    public async Task A_limit_above_the_system_cap_is_refused()
    {
        using var user = await stack.Driver.ReadyUserAsync();

        var response = await user.Api.PutAsync("/api/credit/limits", new { singleTransactionFen = 900_000_000, dailyFen = 900_000_000 });

        Assert.True(response.Code is 400 or 422, response.Text);
    }
}
