using Google.Protobuf.WellKnownTypes;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Notification.Tests.Infrastructure;
using Platform.Testing;
using static Platform.Notification.Tests.Infrastructure.NotificationFixture;

namespace Platform.Notification.Tests;

[Collection(NotificationCollection.Name)]
public sealed class EventDeliveryTests(NotificationFixture fixture)
{
    public static TheoryData<string, string, string, string, string> WithdrawalCases => new()
    {
        { Topics.WithdrawalCompleted, "en", "Withdrawal completed", "CNY 1,234.56 has been paid to your card ending 6789", "CNY 1,234.56 has been paid to your card ending 6789" },
        { Topics.WithdrawalCompleted, "zh-CN", "提现成功", "1,234.56 元 已转入尾号 6789 的银行卡", "1,234.56 元 已转入尾号 6789 的银行卡" },
        { Topics.WithdrawalFailed, "en", "Withdrawal failed", "CNY 1,234.56 could not be completed (bank_timeout)", "your credit has been restored" },
        { Topics.WithdrawalFailed, "zh-CN", "提现失败", "1,234.56 元 的提现未能完成（bank_timeout）", "占用的额度已恢复" },
        { Topics.WithdrawalRejected, "en", "Withdrawal declined", "CNY 1,234.56 was declined (bank_timeout)", "If this was not you, freeze your account now" },
        { Topics.WithdrawalRejected, "zh-CN", "提现未通过", "1,234.56 元 的提现申请未通过（bank_timeout）", "如非本人操作，请立即冻结账户" },
        { Topics.WithdrawalReviewRequired, "en", "Withdrawal under review", "CNY 1,234.56 needs a manual review", "needs a manual review" },
        { Topics.WithdrawalReviewRequired, "zh-CN", "提现审核中", "1,234.56 元 的提现需要人工审核", "需要人工审核" },
    };

    [Theory]
    [MemberData(nameof(WithdrawalCases))]
    public async Task A_withdrawal_event_reaches_the_inbox_and_the_phone_in_the_users_locale(
        string topic, string locale, string title, string body, string text)
    {
        var (userId, phone) = await fixture.RegisterUserAsync(locale);

        await fixture.PublishAsync(topic, new WithdrawalEvent
        {
            WithdrawalId = "w-1", UserId = userId, AmountFen = 123_456, CardLast4 = "6789", Reason = "bank_timeout",
            Status = topic, At = Timestamp.FromDateTimeOffset(fixture.Time.GetUtcNow()),
        });

        var message = (await fixture.WaitForInboxAsync(userId, 2)).Messages[0];
        Assert.Equal(topic, message.EventType);
        Assert.Equal(title, message.Title);
        Assert.Contains(body, message.Body);
        Assert.False(message.Read);
        var sms = (await SmsAsync(phone, 1)).Single();
        Assert.Contains(text, sms.Text);
        Assert.DoesNotContain("{", message.Body + sms.Text);
    }

    public static TheoryData<string, string, string, bool> SecurityCases => new()
    {
        { "login_new_device", "en", "Sign-in from a new device", true },
        { "login_new_device", "zh-CN", "新设备登录", true },
        { "login_password_changed", "en", "Sign-in password changed", true },
        { "login_password_changed", "zh-CN", "登录密码已修改", true },
        { "payment_password_changed", "en", "Payment password changed", true },
        { "payment_password_changed", "zh-CN", "支付密码已修改", true },
        { "payment_password_locked", "en", "Payment password locked", true },
        { "payment_password_locked", "zh-CN", "支付密码已锁定", true },
        { "factor_locked", "en", "Verification paused", true },
        { "factor_locked", "zh-CN", "验证方式已暂停", true },
        { "account_frozen", "en", "Account frozen", true },
        { "account_frozen", "zh-CN", "账户已冻结", true },
        { "card_bound", "en", "Bank card added", true },
        { "card_bound", "zh-CN", "已绑定银行卡", true },
        { "device_trusted", "en", "Trusted device added", false },
        { "device_trusted", "zh-CN", "已添加可信设备", false },
        { "face_enrolled", "en", "Face enrolled", false },
        { "face_enrolled", "zh-CN", "人脸已录入", false },
        { "registered", "en", "Welcome to Credit Cash", false },
        { "registered", "zh-CN", "欢迎使用信用提现", false },
    };

    [Theory]
    [MemberData(nameof(SecurityCases))]
    public async Task A_security_event_is_told_to_the_user_in_their_locale(string type, string locale, string title, bool bySms)
    {
        var (userId, phone) = (NewUser(), NewPhone());

        await fixture.PublishAsync(Topics.IdentitySecurity, new SecurityEvent
        {
            UserId = userId, Type = type, Phone = phone, Locale = locale, DeviceId = "dev-77", Factor = "face",
            At = Timestamp.FromDateTimeOffset(fixture.Time.GetUtcNow()),
        });

        var message = (await fixture.WaitForInboxAsync(userId, 1)).Messages.Single();
        Assert.Equal(title, message.Title);
        Assert.Equal("security." + type, message.EventType);
        Assert.DoesNotContain("{", message.Body);
        if (bySms)
        {
            var sms = await SmsAsync(phone, 1);
            Assert.DoesNotContain("{", sms[0].Text);
            Assert.Contains(locale == "en" ? "[Credit Cash]" : "【信用提现】", sms[0].Text);
        }
        else
        {
            Assert.Empty(await fixture.SmsAsync(phone));
        }
    }

    [Fact]
    public async Task Security_events_without_a_template_only_teach_notification_the_contact()
    {
        var (userId, phone) = (NewUser(), NewPhone());
        await fixture.PublishAsync(Topics.IdentitySecurity, new SecurityEvent { UserId = userId, Type = "login", Phone = phone, Locale = "en" });
        await fixture.PublishAsync(Topics.WithdrawalCompleted, new WithdrawalEvent { UserId = userId, AmountFen = 100, CardLast4 = "0001" });

        var inbox = await fixture.WaitForInboxAsync(userId, 1);
        Assert.Equal("Withdrawal completed", inbox.Messages.Single().Title);
        Assert.Single(await SmsAsync(phone, 1));
    }

    [Theory]
    [InlineData("en", "Security alert", "velocity_hour, new_device")]
    [InlineData("zh-CN", "账户安全提醒", "velocity_hour, new_device")]
    public async Task A_risk_alert_is_told_to_the_user(string locale, string title, string reasons)
    {
        var (userId, phone) = await fixture.RegisterUserAsync(locale);
        await fixture.PublishAsync(Topics.RiskAlert, new RiskAlert
        {
            UserId = userId, OperationId = "op-9", Decision = "decline", Score = 91, ReasonCodes = { "velocity_hour", "new_device" },
        });

        var message = (await fixture.WaitForInboxAsync(userId, 2)).Messages[0];
        Assert.Equal(title, message.Title);
        Assert.Contains(reasons, message.Body);
        Assert.Single(await SmsAsync(phone, 1));
    }

    [Fact]
    public async Task An_event_delivered_twice_gives_one_message()
    {
        var (userId, phone) = await fixture.RegisterUserAsync("en");
        var withdrawal = new WithdrawalEvent { UserId = userId, AmountFen = 5_000, CardLast4 = "4242", WithdrawalId = "w-dup" };
        var eventId = Guid.NewGuid().ToString();

        await fixture.PublishAsync(Topics.WithdrawalCompleted, withdrawal, eventId);
        await fixture.PublishAsync(Topics.WithdrawalCompleted, withdrawal, eventId);
        // A different event after the duplicate: once it is in, the duplicate was processed too (one consumer, in order).
        await fixture.PublishAsync(Topics.WithdrawalCompleted, new WithdrawalEvent { UserId = userId, AmountFen = 7_000, CardLast4 = "4242" });

        await fixture.WaitForInboxAsync(userId, 3);
        await Poll.UntilAsync(async () => await PendingAsync(Topics.WithdrawalCompleted) == 0, EventTimeout, "every entry acknowledged");
        var inbox = await fixture.InboxAsync(userId);
        Assert.Equal(3, inbox.Messages.Count);
        Assert.Equal(2, inbox.Messages.Count(m => m.EventType == Topics.WithdrawalCompleted));
        Assert.Equal(2, (await fixture.SmsAsync(phone)).Count);
    }

    [Fact]
    public async Task Events_that_cannot_be_delivered_are_dropped_and_the_service_carries_on()
    {
        var (userId, _) = await fixture.RegisterUserAsync("en");
        await fixture.PublishAsync(Topics.WithdrawalFailed, new WithdrawalEvent { AmountFen = 1 });
        await fixture.PublishAsync(Topics.RiskAlert, new RiskAlert { Decision = "decline" });
        await fixture.RedisClient.ExecuteAsync("XADD", Topics.WithdrawalFailed, "*", "data", "not a cloud event", "metadata", "{}");

        await fixture.PublishAsync(Topics.WithdrawalFailed, new WithdrawalEvent { UserId = userId, AmountFen = 2_500, CardLast4 = "1111" });
        var inbox = await fixture.WaitForInboxAsync(userId, 2);
        Assert.Equal("Withdrawal failed", inbox.Messages[0].Title);
    }

    private async Task<IReadOnlyList<Contracts.Notification.V1.SmsMessage>> SmsAsync(string phone, int count)
    {
        IReadOnlyList<Contracts.Notification.V1.SmsMessage> messages = [];
        await Poll.UntilAsync(async () => (messages = await fixture.SmsAsync(phone)).Count >= count, EventTimeout, $"{count} SMS to {phone}");
        return messages;
    }

    private async Task<long> PendingAsync(string topic)
    {
        var summary = await fixture.RedisClient.ExecuteAsync("XPENDING", topic, "notification");
        return summary[0].AsInt64();
    }
}
