using Platform.EndToEnd.Tests.Infrastructure;

namespace Platform.EndToEnd.Tests;

/// <summary>User B cannot read or act on user A's withdrawals, cards, verifications, bills or inbox.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IsolationTests(PlatformStack stack)
{
    [Fact]
    public async Task Another_users_resources_are_invisible_and_untouchable()
    {
        using var alice = await stack.Driver.ReadyUserAsync();
        using var bob = await stack.Driver.ReadyUserAsync();
        var alicesWithdrawal = (await alice.StartWithdrawalAsync(300_000)).Expect(202);
        var withdrawalId = alicesWithdrawal.Str("withdrawalId")!;
        var verificationId = alicesWithdrawal.Str("verificationId")!;
        await Eventually.InboxAsync(alice, "security.card_bound");
        var alicesMessage = (await alice.Api.GetAsync("/api/inbox")).Expect(200).Body!["items"]![0]!["messageId"]!.GetValue<string>();

        Assert.Equal(404, (await bob.Api.GetAsync($"/api/withdrawals/{withdrawalId}")).Code);
        Assert.DoesNotContain(withdrawalId, (await bob.Api.GetAsync("/api/withdrawals")).Expect(200).Text);
        Assert.InRange((await bob.Api.PostAsync($"/api/withdrawals/{withdrawalId}/confirm", new { ticket = "tk-x" }, Guid.NewGuid().ToString())).Code, 400, 404);
        Assert.Equal(404, (await bob.Api.GetAsync($"/api/cards/{alice.CardId}")).Code);
        Assert.InRange((await bob.StartWithdrawalAsync(300_000, cardId: alice.CardId)).Code, 400, 404);
        Assert.Equal(404, (await bob.Api.GetAsync($"/api/verifications/{verificationId}")).Code);
        Assert.Equal(404, (await bob.Api.PostAsync($"/api/verifications/{verificationId}/face-sessions")).Code);
        Assert.Equal(404, (await bob.Api.PostAsync($"/api/inbox/{alicesMessage}/read")).Code);
        Assert.DoesNotContain(alicesMessage, (await bob.Api.GetAsync("/api/inbox?pageSize=100")).Expect(200).Text);
        Assert.DoesNotContain(withdrawalId, (await bob.Api.GetAsync("/api/credit/ledger?pageSize=100")).Expect(200).Text);
        Assert.DoesNotContain(alice.UserId!, (await bob.Api.GetAsync("/api/credit/bills")).Expect(200).Text);

        var alicesView = (await alice.Api.GetAsync($"/api/withdrawals/{withdrawalId}")).Expect(200);
        Assert.Equal("verificationRequired", alicesView.Str("status"));
        Assert.False((await alice.Api.GetAsync("/api/inbox?pageSize=100")).Expect(200).Body!["items"]!.AsArray()
            .Single(m => m!["messageId"]!.GetValue<string>() == alicesMessage)!["read"]!.GetValue<bool>());
        Assert.Equal(0, (await CreditChecks.AssertBalancedAsync(bob)).UsedFen);
    }
}
