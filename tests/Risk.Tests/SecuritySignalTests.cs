using Google.Protobuf.WellKnownTypes;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Contracts.Risk.V1;
using Platform.Risk.Tests.Infrastructure;
using static Platform.Risk.Tests.Infrastructure.RiskServiceFixture;

namespace Platform.Risk.Tests;

/// <summary>Account age, devices, failed verifications and credential changes come from identity.security events.</summary>
[Collection(RiskCollection.Name)]
public sealed class SecuritySignalTests(RiskServiceFixture risk)
{
    [Fact]
    public async Task An_old_account_loses_the_new_account_points()
    {
        risk.MoveToLocalHour(10);
        var user = NewId("u");
        var fresh = await risk.AssessAsync(user, 10_000, NewId("d"));

        await SecurityAsync(user, "registered", TimeSpan.FromDays(3));
        var aged = await risk.AssessAsync(user, 10_000, NewId("d"));

        Assert.Equal(["NEW_ACCOUNT"], fresh.Reasons.Select(reason => reason.Code));
        Assert.Empty(aged.Reasons);
    }

    [Fact]
    public async Task A_login_does_not_make_a_device_known_but_trusting_it_does_and_many_devices_in_a_day_add_up()
    {
        risk.MoveToLocalHour(10);
        var user = NewId("u");
        await SecurityAsync(user, "registered", TimeSpan.FromDays(10));
        var (phone, tablet, laptop) = (NewId("d"), NewId("d"), NewId("d"));
        await SecurityAsync(user, "login", TimeSpan.FromHours(3), phone);
        await SecurityAsync(user, "login_new_device", TimeSpan.FromHours(2), tablet);

        var onTablet = await risk.AssessAsync(user, 10_000, tablet, trusted: false);
        await SecurityAsync(user, "device_trusted", TimeSpan.FromHours(1), phone);
        var onPhone = await risk.AssessAsync(user, 10_000, phone, trusted: false);
        var onLaptop = await risk.AssessAsync(user, 10_000, laptop, trusted: false);

        Assert.Equal(["NEW_DEVICE", "UNTRUSTED_DEVICE"], onTablet.Reasons.Select(reason => reason.Code));
        Assert.Equal(Decision.StepUp, onTablet.Decision);
        Assert.Equal(["UNTRUSTED_DEVICE"], onPhone.Reasons.Select(reason => reason.Code));
        Assert.Equal(["NEW_DEVICE", "UNTRUSTED_DEVICE", "MANY_DEVICES_24H"], onLaptop.Reasons.Select(reason => reason.Code));
        Assert.Contains("distinct_devices_24h = 3", onLaptop.Reasons[2].Description);
        Assert.Equal((Decision.Review, 60.0), (onLaptop.Decision, onLaptop.Score));
    }

    [Fact]
    public async Task Failed_verifications_and_a_recent_credential_change_raise_the_score()
    {
        risk.MoveToLocalHour(10);
        var user = NewId("u");
        await SecurityAsync(user, "registered", TimeSpan.FromDays(10));
        await SecurityAsync(user, "verification_failed", TimeSpan.FromMinutes(30));
        await SecurityAsync(user, "factor_locked", TimeSpan.FromMinutes(20));
        var twoFailures = await risk.AssessAsync(user, 10_000, NewId("d"));

        await SecurityAsync(user, "login_failed", TimeSpan.FromMinutes(10));
        await SecurityAsync(user, "payment_password_changed", TimeSpan.FromHours(2));
        var after = await risk.AssessAsync(user, 10_000, NewId("d"));

        Assert.Empty(twoFailures.Reasons);
        Assert.Equal(["FAILED_VERIFICATIONS", "RECENT_CREDENTIAL_CHANGE"], after.Reasons.Select(reason => reason.Code));
        Assert.Contains("hours_since_credential_change = 2", after.Reasons[1].Description);
        Assert.Equal((Decision.StepUp, 40.0), (after.Decision, after.Score));
    }

    private Task SecurityAsync(string user, string type, TimeSpan ago, string deviceId = "") =>
        risk.PublishAsync(Topics.IdentitySecurity, new SecurityEvent
        {
            UserId = user, Type = type, DeviceId = deviceId, At = Timestamp.FromDateTimeOffset(risk.Time.GetUtcNow() - ago),
        });
}
