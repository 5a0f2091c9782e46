using Platform.Contracts.Risk.V1;
using Platform.Risk.Tests.Infrastructure;
using static Platform.Risk.Tests.Infrastructure.RiskServiceFixture;

namespace Platform.Risk.Tests;

[Collection(RiskCollection.Name)]
public sealed class ListTests(RiskServiceFixture risk)
{
    [Theory]
    [InlineData("device", "BLOCKLISTED_DEVICE")]
    [InlineData("card", "BLOCKLISTED_CARD")]
    [InlineData("account", "BLOCKLISTED_ACCOUNT")]
    public async Task A_block_listed_device_card_or_account_is_declined_and_an_alert_is_published(string list, string code)
    {
        risk.MoveToLocalHour(10);
        var (user, device, card) = (NewId("u"), NewId("d"), NewId("card"));
        var value = list switch { "device" => device, "card" => card, _ => user };
        var entry = await risk.Client.AddToListAsync(new ListEntry { List = list, Value = value, Reason = "confirmed fraud ring" },
            risk.Callers.Operator(), Deadline);

        var assessment = await risk.AssessAsync(user, 10_000, device, card: card);

        Assert.Equal(value, entry.Value);
        Assert.Equal(Decision.Decline, assessment.Decision);
        Assert.Empty(assessment.RequiredFactors);
        Assert.Contains(assessment.Reasons, reason => reason.Code == code && reason.Contribution == 100);
        var alert = Assert.Single(await risk.AlertsForAsync(user));
        Assert.Equal(("decline", assessment.Score), (alert.Decision, alert.Score));
        Assert.Contains(code, alert.ReasonCodes);
    }

    [Fact]
    public async Task A_hard_decline_wins_even_when_rules_subtract_points()
    {
        risk.MoveToLocalHour(10);
        var (user, device) = (NewId("u"), NewId("d"));
        await risk.Client.AddToListAsync(new ListEntry { List = "device", Value = device, Reason = "stolen phone" }, risk.Callers.Operator(), Deadline);

        var clean = await risk.AssessAsync(NewId("u"), 10_000, NewId("d"));
        var listed = await risk.AssessAsync(user, 10_000, device);

        Assert.Equal(Decision.Approve, clean.Decision);
        Assert.Equal((Decision.Decline, 100.0), (listed.Decision, listed.Score));
    }
}
