using Platform.EndToEnd.Tests.Infrastructure;

namespace Platform.EndToEnd.Tests;

/// <summary>A trusted phone, a low-risk amount: the face check, then the money arrives and everything says so.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HappyPathTests(PlatformStack stack)
{
    [Fact]
    public async Task Face_check_then_the_money_arrives_credit_is_used_and_the_user_is_told()
    {
        using var user = await stack.Driver.ReadyUserAsync(limitFen: 5_000_000, cashLimitFen: 2_000_000);
        var before = await CreditChecks.AssertBalancedAsync(user);

        var created = (await user.StartWithdrawalAsync(300_000)).Expect(202);
        Assert.Equal("verificationRequired", created.Str("status"));
        Assert.Equal(["face"], created.Find("requiredFactors")!.AsArray().Select(f => f!.GetValue<string>()));
        var withdrawalId = created.Str("withdrawalId")!;
        Assert.EndsWith($"/api/withdrawals/{withdrawalId}", created.Headers.Location!.ToString());

        var confirmed = await user.VerifyAndConfirmAsync(created);
        Assert.Contains(confirmed.Str("status"), new[] { "payingOut", "settling", "completed" });
        var final = await Eventually.FinalAsync(user, withdrawalId);

        Assert.Equal("completed", final.Str("status"));
        Assert.NotNull(final.Str("bankReference"));
        Assert.NotNull(final.Str("completedAt"));
        var after = await CreditChecks.AssertBalancedAsync(user);
        Assert.Equal(before.UsedFen + 300_000, after.UsedFen);
        Assert.Equal(0, after.HeldFen);
        Assert.Equal(before.AvailableFen - 300_000, after.AvailableFen);
        Assert.Equal(["reserve", "post"], await CreditChecks.KindsForAsync(user, withdrawalId));
        Assert.Equal(("settled", 1L, 300_000L), await stack.Bank.PayoutAsync(withdrawalId));

        var last4 = final.Str("cardLast4")!;
        await Eventually.InboxAsync(user, "withdrawal.completed", last4);
        await Eventually.SmsAsync(stack, user, $"card ending {last4}");
        var listed = (await user.Api.GetAsync("/api/withdrawals")).Expect(200);
        Assert.Equal(withdrawalId, listed.Body!["items"]![0]!["withdrawalId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_small_amount_from_a_trusted_phone_needs_only_the_payment_password()
    {
        using var user = await stack.Driver.ReadyUserAsync();

        var created = (await user.StartWithdrawalAsync(50_000)).Expect(202);
        Assert.Equal(["paymentPassword"], created.Find("requiredFactors")!.AsArray().Select(f => f!.GetValue<string>()));
        var final = await Eventually.FinalAsync(user, (await user.VerifyAndConfirmAsync(created)).Str("withdrawalId")!);

        Assert.Equal("completed", final.Str("status"));
        Assert.Equal(50_000, (await CreditChecks.AssertBalancedAsync(user)).UsedFen);
    }
}
