using Platform.EndToEnd.Tests.Infrastructure;

namespace Platform.EndToEnd.Tests;

/// <summary>A new phone: signing in asks for step-up, and so does the first withdrawal from it (face and SMS code).</summary>
[Collection(PlatformCollection.Name)]
public sealed class StepUpTests(PlatformStack stack)
{
    [Fact]
    public async Task A_new_device_is_asked_for_face_and_sms_and_then_completes()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        var newPhone = await user.SignInOnAnotherPhoneAsync(stack.Driver.NewClient(), "new-phone-" + Guid.NewGuid().ToString("N")[..8]);

        var created = (await user.StartWithdrawalAsync(300_000, on: newPhone)).Expect(202);

        Assert.Equal("verificationRequired", created.Str("status"));
        var factors = created.Find("requiredFactors")!.AsArray().Select(f => f!.GetValue<string>()).Order().ToArray();
        Assert.Equal(["face", "smsCode"], factors);
        var confirmed = await user.VerifyAndConfirmAsync(created, newPhone);
        var final = await Eventually.FinalAsync(user, confirmed.Str("withdrawalId")!);
        Assert.Equal("completed", final.Str("status"));
        Assert.Equal(300_000, (await CreditChecks.AssertBalancedAsync(user)).UsedFen);
    }

    [Fact]
    public async Task The_new_phone_cannot_skip_the_sms_code()
    {
        using var user = await stack.Driver.ReadyUserAsync();
        var newPhone = await user.SignInOnAnotherPhoneAsync(stack.Driver.NewClient(), "new-phone-" + Guid.NewGuid().ToString("N")[..8]);
        var created = (await user.StartWithdrawalAsync(300_000, on: newPhone)).Expect(202);
        var verificationId = created.Str("verificationId")!;

        (await user.ProveFactorAsync(verificationId, "face", newPhone)).Expect(200);
        var verification = (await newPhone.GetAsync($"/api/verifications/{verificationId}")).Expect(200);
        Assert.Null(verification.Str("ticket"));
        var wrongCode = await newPhone.PostAsync($"/api/verifications/{verificationId}/sms/verify", new { code = "000000" });

        Assert.True(wrongCode.Code is 422 or 404, wrongCode.Text);
        Assert.Equal("verificationRequired", (await newPhone.GetAsync($"/api/withdrawals/{created.Str("withdrawalId")}")).Expect(200).Str("status"));
        Assert.Equal(0, (await CreditChecks.AssertBalancedAsync(user)).HeldFen);
    }
}
