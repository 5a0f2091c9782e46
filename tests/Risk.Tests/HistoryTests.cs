using Google.Protobuf.WellKnownTypes;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Contracts.Risk.V1;
using Platform.Risk.Tests.Infrastructure;
using static Platform.Risk.Tests.Infrastructure.RiskServiceFixture;

namespace Platform.Risk.Tests;

/// <summary>The amount history (rule and anomaly component) comes from withdrawal.completed events.</summary>
[Collection(RiskCollection.Name)]
public sealed class HistoryTests(RiskServiceFixture risk)
{
    [Fact]
    public async Task An_amount_far_above_history_goes_to_review_with_a_case_and_an_alert()
    {
        risk.MoveToLocalHour(10);
        var (user, device) = (NewId("u"), NewId("d"));
        await EstablishedAsync(user, device, completedAmounts: [10_000, 10_000, 10_000]);

        var usual = await risk.AssessAsync(user, 12_000, device);
        var unusual = await risk.AssessAsync(user, 50_000, device, operationId: "w-big");
        var asked = await risk.AssessAsync(user, 50_000, device, operationId: "w-big");

        Assert.Equal((Decision.Approve, 0.0), (usual.Decision, usual.Score));
        Assert.Equal(Decision.Review, unusual.Decision);
        Assert.Equal(["AMOUNT_ABOVE_HISTORY", "AMOUNT_ANOMALY"], unusual.Reasons.Select(reason => reason.Code));
        Assert.Equal([60.0, 15.0], unusual.Reasons.Select(reason => reason.Contribution));
        Assert.Contains("40.0 standard deviations above this user's usual 100.00 CNY", unusual.Reasons[1].Description);
        Assert.Equal(unusual, asked);
        var alert = Assert.Single(await risk.AlertsForAsync(user));
        Assert.Equal(("review", unusual.CaseId, "w-big"), (alert.Decision, alert.CaseId, alert.OperationId));
        var open = await risk.Client.ListCasesAsync(new ListCasesRequest { Status = "open", PageSize = 100 }, risk.Callers.Operator(), Deadline);
        var reviewCase = Assert.Single(open.Cases, c => c.CaseId == unusual.CaseId);
        Assert.Equal(("review", user, "w-big", 75.0), (reviewCase.Kind, reviewCase.UserId, reviewCase.OperationId, reviewCase.Score));
    }

    [Fact]
    public async Task Without_enough_history_the_amount_is_not_compared()
    {
        risk.MoveToLocalHour(10);
        var (user, device) = (NewId("u"), NewId("d"));
        await EstablishedAsync(user, device, completedAmounts: [10_000, 10_000]);

        var assessment = await risk.AssessAsync(user, 500_000, device);

        Assert.Empty(assessment.Reasons);
        Assert.Equal(Decision.Approve, assessment.Decision);
    }

    /// <summary>A user registered 40 days ago who trusted <paramref name="device"/> and completed some withdrawals on it.</summary>
    private async Task EstablishedAsync(string user, string device, long[] completedAmounts)
    {
        var now = risk.Time.GetUtcNow();
        await risk.PublishAsync(Topics.IdentitySecurity, new SecurityEvent
        {
            UserId = user, Type = "registered", At = Timestamp.FromDateTimeOffset(now.AddDays(-40)),
        });
        for (var i = 0; i < completedAmounts.Length; i++)
        {
            await risk.PublishAsync(Topics.WithdrawalCompleted, new WithdrawalEvent
            {
                WithdrawalId = $"old-{i}", UserId = user, AmountFen = completedAmounts[i], Status = "completed", DeviceId = device,
                At = Timestamp.FromDateTimeOffset(now.AddDays(-30 + i)),
            });
        }
    }
}
