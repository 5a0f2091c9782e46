using Platform.EndToEnd.Tests.Infrastructure;

namespace Platform.EndToEnd.Tests;

/// <summary>The same Idempotency-Key twice, or many times at once, makes one withdrawal.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IdempotencyTests(PlatformStack stack)
{
    [Fact]
    public async Task The_same_key_twice_is_one_withdrawal()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        var key = Guid.NewGuid().ToString();

        var first = (await user.StartWithdrawalAsync(300_000, key)).Expect(202);
        var second = (await user.StartWithdrawalAsync(300_000, key)).Expect(202);

        Assert.Equal(first.Str("withdrawalId"), second.Str("withdrawalId"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        var listed = (await user.Api.GetAsync("/api/withdrawals")).Expect(200);
        Assert.Single(listed.Body!["items"]!.AsArray());
    }

    [Fact]
    public async Task Concurrent_duplicates_make_one_withdrawal_and_one_payout()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        var key = Guid.NewGuid().ToString();

        var created = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => user.StartWithdrawalAsync(300_000, key)));
        Assert.All(created, c => Assert.Equal(202, c.Code));
        Assert.Single(created.Select(c => c.Str("withdrawalId")).Distinct());

        var confirmKey = Guid.NewGuid().ToString();
        var factors = created[0].Find("requiredFactors")!.AsArray().Select(f => f!.GetValue<string>());
        var ticket = await user.ProveAsync(created[0].Str("verificationId")!, factors, []);
        var confirmations = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => user.ConfirmAsync(created[0].Str("withdrawalId")!, ticket, confirmKey)));
        Assert.All(confirmations, c => Assert.Equal(202, c.Code));

        var final = await Eventually.FinalAsync(user, created[0].Str("withdrawalId")!);
        Assert.Equal("completed", final.Str("status"));
        Assert.Equal(("settled", 1L, 300_000L), await stack.Bank.PayoutAsync(created[0].Str("withdrawalId")!));
        Assert.Equal(300_000, (await CreditChecks.AssertBalancedAsync(user)).UsedFen);
    }

    [Fact]
    public async Task The_same_key_for_another_amount_is_refused()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        var key = Guid.NewGuid().ToString();
        (await user.StartWithdrawalAsync(300_000, key)).Expect(202);

        var other = await user.StartWithdrawalAsync(310_000, key);

        Assert.Equal(422, other.Code);
        Assert.Single((await user.Api.GetAsync("/api/withdrawals")).Expect(200).Body!["items"]!.AsArray());
    }
}
