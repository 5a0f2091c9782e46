using Platform.Gateway.Client;
using Platform.Gateway.Tests.Infrastructure;

namespace Platform.Gateway.Tests;

/// <summary>Money-moving requests execute once per (user, Idempotency-Key); repeats get the stored answer.</summary>
[Collection(GatewayCollection.Name)]
public sealed class IdempotencyTests(GatewayStack stack)
{
    [Fact]
    public async Task The_same_key_and_body_replays_the_first_response_and_moves_money_once()
    {
        var user = await IndebtedUserAsync(10_000);
        var key = Guid.NewGuid().ToString();

        var first = (await user.Api.PostAsync("/api/credit/repayments", new { amountFen = 1_000 }, key)).Expect(200);
        var second = (await user.Api.PostAsync("/api/credit/repayments", new { amountFen = 1_000 }, key)).Expect(200);

        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(9_000, (await user.Api.GetAsync("/api/credit/line")).Expect(200).Long("usedFen"));
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused_and_changes_nothing()
    {
        var user = await IndebtedUserAsync(10_000);
        var key = Guid.NewGuid().ToString();
        (await user.Api.PostAsync("/api/credit/repayments", new { amountFen = 1_000 }, key)).Expect(200);

        var reused = await user.Api.PostAsync("/api/credit/repayments", new { amountFen = 2_000 }, key);

        Assert.Equal(422, reused.Code);
        Assert.Contains("already used for a different request", reused.Str("detail"));
        Assert.Equal(9_000, (await user.Api.GetAsync("/api/credit/line")).Expect(200).Long("usedFen"));
    }

    [Fact]
    public async Task Concurrent_duplicates_execute_once()
    {
        var user = await IndebtedUserAsync(10_000);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => user.Api.PostAsync("/api/credit/repayments", new { amountFen = 500 }, key)));

        Assert.All(responses, r => Assert.Equal(200, r.Code));
        Assert.Single(responses, r => !r.Headers.Contains("Idempotent-Replayed"));
        Assert.Single(responses.Select(r => r.Text).Distinct());
        Assert.Equal(9_500, (await user.Api.GetAsync("/api/credit/line")).Expect(200).Long("usedFen"));
        var ledger = (await user.Api.GetAsync("/api/credit/ledger?pageSize=100")).Expect(200);
        Assert.Single(ledger.Body!["items"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "repay");
    }

    [Fact]
    public async Task Keys_belong_to_their_user()
    {
        var alice = await IndebtedUserAsync(10_000);
        var bob = await IndebtedUserAsync(10_000);
        var key = Guid.NewGuid().ToString();

        (await alice.Api.PostAsync("/api/credit/repayments", new { amountFen = 700 }, key)).Expect(200);
        var bobs = (await bob.Api.PostAsync("/api/credit/repayments", new { amountFen = 700 }, key)).Expect(200);

        Assert.False(bobs.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(9_300, (await bob.Api.GetAsync("/api/credit/line")).Expect(200).Long("usedFen"));
    }

    [Fact]
    public async Task A_request_refused_before_it_ran_does_not_use_up_its_key()
    {
        var user = await IndebtedUserAsync(10_000);
        var key = Guid.NewGuid().ToString();

        Assert.Equal(400, (await user.Api.PostAsync("/api/credit/repayments", new { amountFen = -1 }, key)).Code);
        (await user.Api.PostAsync("/api/credit/repayments", new { amountFen = 1_000 }, key)).Expect(200);

        Assert.Equal(9_000, (await user.Api.GetAsync("/api/credit/line")).Expect(200).Long("usedFen"));
    }

    [Theory]
    [InlineData(null, "is required on requests that move money")]
    [InlineData("has space", "may only contain letters, digits and - _ . :")]
    [InlineData("k-0123456789012345678901234567890123456789012345678901234567890123456789", "must be at most 64 characters")]
    public async Task The_key_is_required_and_well_formed(string? key, string message)
    {
        var user = await IndebtedUserAsync(10_000);

        var response = await user.Api.PostAsync("/api/credit/repayments", new { amountFen = 100 }, key);

        Assert.Equal(400, response.Code);
        Assert.Equal(message, response.FieldError("Idempotency-Key"));
        Assert.Equal(10_000, (await user.Api.GetAsync("/api/credit/line")).Expect(200).Long("usedFen"));
    }

    private async Task<SimulatedUser> IndebtedUserAsync(long owedFen)
    {
        var user = stack.Driver.NewUser();
        await user.RegisterAsync();
        await stack.Driver.OpenCreditLineAsync(user.UserId!, 1_000_000, 500_000);
        await CreditSetup.SpendAsync(stack, user.UserId!, owedFen);
        return user;
    }
}
