using Platform.EndToEnd.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.EndToEnd.Tests;

/// <summary>Risk says no (block-listed device or card) or asks a person (an amount far above the user's history).</summary>
[Collection(PlatformCollection.Name)]
public sealed class DeclineAndReviewTests(PlatformStack stack)
{
    [Fact]
    public async Task A_block_listed_device_is_declined_and_nothing_is_held()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        (await stack.Driver.Operator.PostAsync("/api/admin/lists", new { list = "device", value = user.Device.DeviceId, reason = "e2e" })).Expect(201);

        var created = (await user.StartWithdrawalAsync(300_000)).Expect(202);

        Assert.Equal("rejected", created.Str("status"));
        Assert.Contains("BLOCKLISTED_DEVICE", created.Str("reason") + " " + (await WithdrawalReasonAsync(user, created.Str("withdrawalId")!)), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, (await CreditChecks.AssertBalancedAsync(user)).HeldFen);
        await Eventually.InboxAsync(user, "withdrawal.rejected");
    }

    [Fact]
    public async Task A_block_listed_card_is_declined()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        (await stack.Driver.Operator.PostAsync("/api/admin/lists", new { list = "card", value = user.CardFingerprint, reason = "e2e" })).Expect(201);

        var created = (await user.StartWithdrawalAsync(300_000)).Expect(202);

        Assert.Equal("rejected", created.Str("status"));
        Assert.Equal(0, (await CreditChecks.AssertBalancedAsync(user)).UsedFen);
    }

    [Fact]
    public async Task An_amount_far_above_history_goes_to_review()
    {
        // Risk compares against the average of earlier withdrawals once there are Risk:Anomaly:MinHistory (2 here).
        using var user = await stack.Driver.ReadyUserAsync(limitFen: 8_000_000, cashLimitFen: 4_000_000);
        for (var i = 0; i < 2; i++)
        {
            var earlier = await user.WithdrawAsync(210_000);
            Assert.Equal("completed", (await Eventually.FinalAsync(user, earlier.Str("withdrawalId")!)).Str("status"));
        }
        // The completions reach risk as events; notification consumes the same events, so its inbox shows they are out.
        await Poll.UntilAsync(async () => (await user.Api.GetAsync("/api/inbox?pageSize=100")).Expect(200).Body!["items"]!.AsArray()
            .Count(m => m!["eventType"]!.GetValue<string>() == "withdrawal.completed") == 2, Eventually.Timeout, "two completions");
        await Task.Delay(TimeSpan.FromSeconds(1));

        var created = (await user.StartWithdrawalAsync(1_500_000)).Expect(202);

        Assert.Equal("underReview", created.Str("status"));
        Assert.Equal(0, (await CreditChecks.AssertBalancedAsync(user)).HeldFen);
        var cases = (await stack.Driver.Operator.GetAsync("/api/admin/cases?status=open&pageSize=100")).Expect(200);
        Assert.Contains(cases.Body!.AsArray(), c => c!["userId"]!.GetValue<string>() == user.UserId
            && c["reasons"]!.AsArray().Any(r => r!["code"]!.GetValue<string>() == "AMOUNT_ABOVE_HISTORY"));
        await Eventually.InboxAsync(user, "withdrawal.review_required");
    }

    private static async Task<string?> WithdrawalReasonAsync(Gateway.Client.SimulatedUser user, string id) =>
        (await user.Api.GetAsync($"/api/withdrawals/{id}")).Expect(200).Str("reason");
}
