using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class PaymentPasswordTests(IdentityFixture fixture)
{
    [Fact]
    public async Task The_right_payment_password_satisfies_the_factor_and_issues_the_ticket()
    {
        var user = await fixture.RegisterAsync();
        var verification = await fixture.BeginAsync(user, "withdrawal", [Factor.PaymentPassword], "op-" + Guid.NewGuid(), 50_000);

        var result = await fixture.VerifyPaymentPasswordAsync(user, verification.VerificationId);

        Assert.True(result.Success);
        Assert.Equal(Factor.PaymentPassword, result.Factor);
        Assert.NotEmpty(result.Verification.Ticket);
        Assert.Equal([Factor.PaymentPassword], result.Verification.SatisfiedFactors);
    }

    [Fact]
    public async Task Five_consecutive_failures_lock_the_payment_password_until_the_lock_passes()
    {
        var user = await fixture.RegisterAsync();
        var verification = await fixture.BeginAsync(user, "withdrawal", [Factor.PaymentPassword], "op-" + Guid.NewGuid(), 50_000);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await fixture.VerifyPaymentPasswordAsync(user, verification.VerificationId, "135792");
            Assert.False(failed.Success);
            Assert.Equal(5 - attempt, failed.AttemptsLeft);
            Assert.Equal(attempt < 5 ? "mismatch" : "locked", failed.Reason);
        }

        var locked = await fixture.VerifyPaymentPasswordAsync(user, verification.VerificationId);
        Assert.False(locked.Success);
        Assert.Equal("locked", locked.Reason);
        Assert.True(locked.LockedUntil.ToDateTimeOffset() > fixture.Time.GetUtcNow().AddHours(2.9));
        Assert.True((await StatusAsync(user)).PaymentPasswordLocked);
        var events = await fixture.Client.ListSecurityEventsAsync(
            new ListSecurityEventsRequest { UserId = user.UserId, PageSize = 20 }, fixture.Callers.User(user.UserId), Deadline);
        Assert.Single(events.Events, e => e.Type == "payment_password_locked");

        fixture.Time.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));
        Assert.False((await StatusAsync(user)).PaymentPasswordLocked);
        var fresh = await fixture.BeginAsync(user, "withdrawal", [Factor.PaymentPassword], "op-" + Guid.NewGuid(), 50_000);
        Assert.True((await fixture.VerifyPaymentPasswordAsync(user, fresh.VerificationId)).Success);
    }

    [Fact]
    public async Task A_success_resets_the_count_of_consecutive_failures()
    {
        var user = await fixture.RegisterAsync();
        for (var round = 0; round < 2; round++)
        {
            var verification = await fixture.BeginAsync(user, "withdrawal", [Factor.PaymentPassword], "op-" + Guid.NewGuid(), 100);
            for (var i = 0; i < 4; i++) Assert.False((await fixture.VerifyPaymentPasswordAsync(user, verification.VerificationId, "135792")).Success);
            Assert.True((await fixture.VerifyPaymentPasswordAsync(user, verification.VerificationId)).Success);
        }
        Assert.False((await StatusAsync(user)).PaymentPasswordLocked);
    }

    [Fact]
    public async Task Concurrent_guesses_cannot_exceed_the_budget()
    {
        var user = await fixture.RegisterAsync();
        var verification = await fixture.BeginAsync(user, "withdrawal", [Factor.PaymentPassword], "op-" + Guid.NewGuid(), 100);

        var guesses = Enumerable.Range(0, 20).Select(i => fixture.VerifyPaymentPasswordAsync(user, verification.VerificationId, $"{100000 + i * 7919}"));
        var results = await Task.WhenAll(guesses);

        // Exactly five guesses were checked: four report a mismatch, the fifth locked the password, the rest were refused.
        Assert.Equal(4, results.Count(r => r.Reason == "mismatch"));
        Assert.Equal(16, results.Count(r => r.Reason == "locked"));
        Assert.True((await StatusAsync(user)).PaymentPasswordLocked);
        var events = await fixture.Client.ListSecurityEventsAsync(
            new ListSecurityEventsRequest { UserId = user.UserId, PageSize = 50 }, fixture.Callers.User(user.UserId), Deadline);
        Assert.Single(events.Events, e => e.Type == "payment_password_locked");
    }

    [Fact]
    public async Task A_malformed_payment_password_is_invalid_and_costs_no_attempt()
    {
        var user = await fixture.RegisterAsync();
        var verification = await fixture.BeginAsync(user, "withdrawal", [Factor.PaymentPassword], "op-" + Guid.NewGuid(), 100);
        foreach (var bad in new[] { "", "12345", "1234567", "12a456", "１２３４５６" })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => fixture.VerifyPaymentPasswordAsync(user, verification.VerificationId, bad));
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Contains("payment_password", error.Status.Detail);
        }
        var wrong = await fixture.VerifyPaymentPasswordAsync(user, verification.VerificationId, "135792");
        Assert.Equal(4, wrong.AttemptsLeft);
    }

    private async Task<SecurityStatus> StatusAsync(TestUser user) =>
        await fixture.Client.GetSecurityStatusAsync(new UserRequest { UserId = user.UserId }, fixture.Callers.User(user.UserId), Deadline);
}
