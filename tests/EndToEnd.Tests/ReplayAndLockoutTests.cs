using Platform.EndToEnd.Tests.Infrastructure;
using Platform.Gateway.Client;

namespace Platform.EndToEnd.Tests;

/// <summary>Single-use means single use: tickets and face sessions cannot be replayed; guessing locks the password.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReplayAndLockoutTests(PlatformStack stack)
{
    [Fact]
    public async Task A_used_step_up_ticket_cannot_confirm_another_withdrawal()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        var first = (await user.StartWithdrawalAsync(300_000)).Expect(202);
        var ticket = await user.ProveAsync(first.Str("verificationId")!, Factors(first), []);
        (await user.ConfirmAsync(first.Str("withdrawalId")!, ticket)).Expect(202);
        var second = (await user.StartWithdrawalAsync(300_000)).Expect(202);

        var replayed = await user.ConfirmAsync(second.Str("withdrawalId")!, ticket);
        var again = await user.ConfirmAsync(first.Str("withdrawalId")!, ticket);

        Assert.InRange(replayed.Code, 400, 499);
        Assert.InRange(again.Code, 400, 499);
        Assert.Equal("verificationRequired", (await user.Api.GetAsync($"/api/withdrawals/{second.Str("withdrawalId")}")).Expect(200).Str("status"));
        Assert.Equal("completed", (await Eventually.FinalAsync(user, first.Str("withdrawalId")!)).Str("status"));
        Assert.Equal(300_000, (await CreditChecks.AssertBalancedAsync(user)).UsedFen);
    }

    [Fact]
    public async Task A_face_session_is_single_use()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        var created = (await user.StartWithdrawalAsync(300_000)).Expect(202);
        var path = $"/api/verifications/{created.Str("verificationId")}";
        var session = (await user.Api.PostAsync($"{path}/face-sessions")).Expect(200).Str("sessionId");

        var stranger = await user.Api.PostAsync($"{path}/face", new { sessionId = session, descriptor = FaceProfile.Stranger() });
        var replay = await user.Api.PostAsync($"{path}/face", new { sessionId = session, descriptor = user.Face.Capture() });

        Assert.Equal(422, stranger.Code);
        Assert.Equal("mismatch", stranger.Str("reason"));
        Assert.InRange(replay.Code, 400, 499);
        var fresh = (await user.Api.PostAsync($"{path}/face-sessions")).Expect(200).Str("sessionId");
        (await user.Api.PostAsync($"{path}/face", new { sessionId = fresh, descriptor = user.Face.Capture() })).Expect(200);
    }

    [Fact]
    public async Task A_completed_face_session_cannot_prove_another_verification()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        var first = (await user.StartWithdrawalAsync(300_000)).Expect(202);
        var firstPath = $"/api/verifications/{first.Str("verificationId")}";
        var session = (await user.Api.PostAsync($"{firstPath}/face-sessions")).Expect(200).Str("sessionId");
        var descriptor = user.Face.Capture();
        (await user.Api.PostAsync($"{firstPath}/face", new { sessionId = session, descriptor })).Expect(200);
        var second = (await user.StartWithdrawalAsync(300_000)).Expect(202);

        var replay = await user.Api.PostAsync($"/api/verifications/{second.Str("verificationId")}/face", new { sessionId = session, descriptor });

        Assert.InRange(replay.Code, 400, 499);
        Assert.Null((await user.Api.GetAsync($"/api/verifications/{second.Str("verificationId")}")).Expect(200).Str("ticket"));
    }

    [Fact]
    public async Task Five_wrong_payment_passwords_lock_it_even_against_the_right_one()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        var verification = (await user.Api.PostAsync("/api/verifications", new { purpose = "changePassword" })).Expect(201);
        var path = $"/api/verifications/{verification.Str("verificationId")}/payment-password";
        var wrong = user.PaymentPassword == "802461" ? "802462" : "802461";

        var attempts = new List<ApiResponse>();
        for (var i = 0; i < 5; i++) attempts.Add(await user.Api.PostAsync(path, new { paymentPassword = wrong }));
        var right = await user.Api.PostAsync(path, new { paymentPassword = user.PaymentPassword });

        Assert.All(attempts, a => Assert.Equal(422, a.Code));
        Assert.Equal([4, 3, 2, 1], attempts.Take(4).Select(a => a.Find("attemptsLeft")!.GetValue<int>()));
        Assert.NotNull(attempts[4].Str("lockedUntil"));
        Assert.Equal(422, right.Code);
        Assert.Equal("locked", right.Str("reason"));
        Assert.True((await user.Api.GetAsync("/api/security")).Expect(200).Find("paymentPasswordLocked")!.GetValue<bool>());
        await Eventually.InboxAsync(user, "security.payment_password_locked");
    }

    private static IEnumerable<string> Factors(ApiResponse withdrawal) =>
        withdrawal.Find("requiredFactors")!.AsArray().Select(f => f!.GetValue<string>());
}
