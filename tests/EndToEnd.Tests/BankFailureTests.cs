using Platform.EndToEnd.Tests.Infrastructure;

namespace Platform.EndToEnd.Tests;

/// <summary>The bank refuses or the transfer comes back: the hold is voided, the credit restored, the user told.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BankFailureTests(PlatformStack stack)
{
    [Theory]
    [InlineData("0002")] // the simulated bank refuses cards ending 0002
    [InlineData("0003")] // and accepts, then fails to settle, transfers to cards ending 0003
    public async Task A_failed_payout_voids_the_hold_and_restores_available_credit(string cardLast4)
    {
        using var user = await stack.Driver.ReadyUserAsync(cardLast4: cardLast4);
        var before = await CreditChecks.AssertBalancedAsync(user);

        var confirmed = await user.WithdrawAsync(300_000);
        var withdrawalId = confirmed.Str("withdrawalId")!;
        var final = await Eventually.FinalAsync(user, withdrawalId);

        Assert.Equal("failed", final.Str("status"));
        Assert.False(string.IsNullOrWhiteSpace(final.Str("reason")));
        var after = await CreditChecks.AssertBalancedAsync(user);
        Assert.Equal(before.AvailableFen, after.AvailableFen);
        Assert.Equal(0, after.HeldFen);
        Assert.Equal(0, after.UsedFen);
        Assert.Equal(["reserve", "void"], await CreditChecks.KindsForAsync(user, withdrawalId));
        Assert.NotEqual("settled", (await stack.Bank.PayoutAsync(withdrawalId))?.Status);
        await Eventually.InboxAsync(user, "withdrawal.failed");
        await Eventually.SmsAsync(stack, user, "credit has been restored");
    }
}
