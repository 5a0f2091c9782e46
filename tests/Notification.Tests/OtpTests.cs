using Grpc.Core;
using Platform.Notification.Tests.Infrastructure;
using static Platform.Notification.Tests.Infrastructure.NotificationFixture;

namespace Platform.Notification.Tests;

[Collection(NotificationCollection.Name)]
public sealed class OtpTests(NotificationFixture fixture)
{
    [Theory]
    [InlineData("en", "Your code is 482915 for a withdrawal, valid for 5 minutes", "Our staff will never ask for this code")]
    [InlineData("zh-CN", "验证码 482915，用于提现，5 分钟内有效", "工作人员绝不会向您索要验证码")]
    public async Task The_code_text_says_what_it_is_for_how_long_it_lasts_and_that_staff_never_ask(string locale, string says, string warns)
    {
        var phone = NewPhone();
        var sent = await fixture.SendOtpAsync(NewUser(), phone, NewClient(), locale: locale);

        var sms = (await fixture.SmsAsync(phone)).Single();
        Assert.Equal(sent.MessageId, sms.MessageId);
        Assert.Contains(says, sms.Text);
        Assert.Contains(warns, sms.Text);
    }

    [Fact]
    public async Task Five_codes_per_phone_per_window_then_resource_exhausted_until_the_window_moves_on()
    {
        var (user, phone) = (NewUser(), NewPhone());
        for (var i = 0; i < 5; i++) await fixture.SendOtpAsync(user, phone, NewClient());

        var limited = await Assert.ThrowsAsync<RpcException>(() => fixture.SendOtpAsync(user, phone, NewClient()));
        Assert.Equal(StatusCode.ResourceExhausted, limited.StatusCode);
        Assert.Contains("this phone", limited.Status.Detail);
        Assert.Equal(5, (await fixture.SmsAsync(phone)).Count);

        fixture.Time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        await fixture.SendOtpAsync(user, phone, NewClient());
        Assert.Equal(6, (await fixture.SmsAsync(phone)).Count);
    }

    [Fact]
    public async Task Five_codes_per_client_per_window_across_phones()
    {
        var client = NewClient();
        var phones = Enumerable.Range(0, 6).Select(_ => NewPhone()).ToArray();
        for (var i = 0; i < 5; i++) await fixture.SendOtpAsync(NewUser(), phones[i], client);

        var limited = await Assert.ThrowsAsync<RpcException>(() => fixture.SendOtpAsync(NewUser(), phones[5], client));
        Assert.Equal(StatusCode.ResourceExhausted, limited.StatusCode);
        Assert.Contains("this client", limited.Status.Detail);
        Assert.Empty(await fixture.SmsAsync(phones[5]));

        // The refusal did not spend the phone's own budget: from another client it still gets all five.
        for (var i = 0; i < 5; i++) await fixture.SendOtpAsync(NewUser(), phones[5], NewClient());
    }

    [Fact]
    public async Task Concurrent_sends_to_one_phone_never_exceed_five()
    {
        var phone = NewPhone();
        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            try
            {
                await fixture.SendOtpAsync(NewUser(), phone, NewClient());
                return true;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.ResourceExhausted)
            {
                return false;
            }
        }));
        Assert.Equal(5, attempts.Count(sent => sent));
        Assert.Equal(5, (await fixture.SmsAsync(phone)).Count);
    }

    [Fact]
    public async Task Only_a_service_sends_codes_and_the_code_is_never_logged()
    {
        var (user, phone) = (NewUser(), NewPhone());
        var byUser = await Assert.ThrowsAsync<RpcException>(() => fixture.SendOtpAsync(user, phone, NewClient(), caller: fixture.Callers.User(user)));
        Assert.Equal(StatusCode.PermissionDenied, byUser.StatusCode);
        var forOther = await Assert.ThrowsAsync<RpcException>(() => fixture.SendOtpAsync(user, phone, NewClient(), caller: fixture.Callers.System("someone-else")));
        Assert.Equal(StatusCode.PermissionDenied, forOther.StatusCode);
        Assert.Empty(await fixture.SmsAsync(phone));

        await fixture.SendOtpAsync(user, phone, NewClient(), code: "730162");
        Assert.NotEmpty(fixture.Logs.Lines);
        Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains("730162", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "482915", "en", "client-1", 5, "phone")]
    [InlineData("8613800138000", "482915", "en", "client-1", 5, "phone")]
    [InlineData("+8613800138000", "48291", "en", "client-1", 5, "code")]
    [InlineData("+8613800138000", "48291a", "en", "client-1", 5, "code")]
    [InlineData("+8613800138000", "482915", "de", "client-1", 5, "locale")]
    [InlineData("+8613800138000", "482915", "en", "", 5, "client_id")]
    [InlineData("+8613800138000", "482915", "en", "client-1", 0, "valid_minutes")]
    [InlineData("+8613800138000", "482915", "en", "client-1", 11, "valid_minutes")]
    public async Task Bad_requests_name_the_field_and_send_nothing(string phone, string code, string locale, string client, int minutes, string field)
    {
        var user = NewUser();
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.SendOtpAsync(
            new Contracts.Notification.V1.SendOtpRequest
            {
                UserId = user, Phone = phone, Code = code, Purpose = "withdrawal", Locale = locale, ClientId = client, ValidMinutes = minutes,
            },
            fixture.Callers.System(user), Deadline).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith(field, error.Status.Detail);
        if (phone.StartsWith('+')) Assert.Empty(await fixture.SmsAsync(phone));
    }

    private static string NewClient() => "client-" + Guid.NewGuid().ToString("N")[..10];
}
