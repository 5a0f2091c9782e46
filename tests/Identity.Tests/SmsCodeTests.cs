using Grpc.Core;
using Platform.Contracts.Identity.V1;
using Platform.Identity.Tests.Infrastructure;
using static Platform.Identity.Tests.Infrastructure.IdentityFixture;

namespace Platform.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class SmsCodeTests(IdentityFixture fixture)
{
    [Fact]
    public async Task The_code_arrives_through_notification_and_works_once()
    {
        var user = await fixture.RegisterAsync();
        var verification = await fixture.BeginAsync(user, "withdrawal", [Factor.SmsCode, Factor.PaymentPassword], "op-" + Guid.NewGuid(), 10_000);

        var response = await fixture.Client.SendSmsCodeAsync(
            new SendSmsCodeRequest { UserId = user.UserId, VerificationId = verification.VerificationId, ClientId = NewClientId() },
            fixture.Callers.User(user.UserId), Deadline);
        Assert.Equal(user.Phone[..6] + "****" + user.Phone[^4..], response.MaskedPhone);
        var sms = await fixture.LatestCodeSmsAsync(user.Phone);
        Assert.NotNull(sms);
        Assert.Contains("never ask", sms.Text);
        var code = CodeIn(sms.Text);

        var first = await CheckAsync(user, verification, code);
        Assert.True(first.Success);
        Assert.Empty(first.Verification.Ticket);
        var replay = await CheckAsync(user, verification, code);
        Assert.False(replay.Success);
        Assert.Equal("replayed", replay.Reason);

        var other = await BeginSmsAsync(user);
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => CheckAsync(user, other, code));
        Assert.Contains("no SMS code was sent", elsewhere.Status.Detail);
    }

    [Fact]
    public async Task A_code_is_bound_to_its_verification()
    {
        var user = await fixture.RegisterAsync();
        var first = await BeginSmsAsync(user);
        var second = await BeginSmsAsync(user);
        var firstCode = await fixture.SendSmsCodeAsync(user, first.VerificationId);
        var secondCode = await fixture.SendSmsCodeAsync(user, second.VerificationId);

        if (firstCode != secondCode)
        {
            var crossed = await CheckAsync(user, second, firstCode);
            Assert.False(crossed.Success);
            Assert.Equal("mismatch", crossed.Reason);
        }
        Assert.True((await CheckAsync(user, first, firstCode)).Success);
        Assert.True((await CheckAsync(user, second, secondCode)).Success);
    }

    [Fact]
    public async Task A_code_expires()
    {
        var user = await fixture.RegisterAsync();
        var verification = await BeginSmsAsync(user);
        var code = await fixture.SendSmsCodeAsync(user, verification.VerificationId);

        fixture.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var result = await CheckAsync(user, verification, code);

        Assert.False(result.Success);
        Assert.Equal("expired", result.Reason);
    }

    [Fact]
    public async Task Five_checks_at_most_then_even_the_right_code_is_refused_and_no_new_code_is_sent()
    {
        var user = await fixture.RegisterAsync();
        var verification = await BeginSmsAsync(user);
        var code = await fixture.SendSmsCodeAsync(user, verification.VerificationId);
        var wrong = code == "000000" ? "000001" : "000000";

        for (var i = 1; i <= 5; i++)
        {
            var result = await CheckAsync(user, verification, wrong);
            Assert.Equal("mismatch", result.Reason);
            Assert.Equal(5 - i, result.AttemptsLeft);
        }
        Assert.Equal("locked", (await CheckAsync(user, verification, code)).Reason);
        var resend = await Assert.ThrowsAsync<RpcException>(() => fixture.SendSmsCodeAsync(user, verification.VerificationId));
        Assert.Equal(StatusCode.FailedPrecondition, resend.StatusCode);
    }

    [Fact]
    public async Task The_sixth_code_to_one_phone_within_the_window_is_refused_by_notifications_rate_limit()
    {
        var user = await fixture.RegisterAsync();
        var verification = await BeginSmsAsync(user);
        for (var i = 0; i < 5; i++) await fixture.SendSmsCodeAsync(user, verification.VerificationId);

        var limited = await Assert.ThrowsAsync<RpcException>(() => fixture.SendSmsCodeAsync(user, verification.VerificationId));

        Assert.Equal(StatusCode.ResourceExhausted, limited.StatusCode);
        Assert.Contains("too many codes", limited.Status.Detail);
    }

    [Theory]
    [InlineData("ip:2001:db8:85a3::8a2e:370:7334")]
    [InlineData("client:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public async Task Client_ids_as_the_gateway_names_them_are_accepted(string clientId)
    {
        var user = await fixture.RegisterAsync();
        var verification = await BeginSmsAsync(user);
        var code = await fixture.SendSmsCodeAsync(user, verification.VerificationId, clientId);
        Assert.True((await CheckAsync(user, verification, code)).Success);
    }

    [Fact]
    public async Task The_text_is_written_in_the_users_locale()
    {
        var user = await fixture.RegisterAsync(locale: "zh-CN");
        var verification = await BeginSmsAsync(user);
        await fixture.SendSmsCodeAsync(user, verification.VerificationId);

        var sms = await fixture.LatestCodeSmsAsync(user.Phone);
        Assert.Contains("验证码", sms!.Text);
        Assert.Contains("工作人员绝不会向您索要验证码", sms.Text);
    }

    private Task<Verification> BeginSmsAsync(TestUser user, string? operationId = null) =>
        fixture.BeginAsync(user, "withdrawal", [Factor.SmsCode], operationId ?? "op-" + Guid.NewGuid(), 10_000);

    private Task<FactorResult> CheckAsync(TestUser user, Verification verification, string code) =>
        fixture.Client.VerifySmsCodeAsync(
            new VerifySmsCodeRequest { UserId = user.UserId, VerificationId = verification.VerificationId, Code = code },
            fixture.Callers.User(user.UserId), Deadline).ResponseAsync;
}
