using Platform.Contracts.Identity.V1;
using Platform.Contracts.Risk.V1;
using Platform.Risk.Tests.Infrastructure;
using static Platform.Risk.Tests.Infrastructure.RiskServiceFixture;

namespace Platform.Risk.Tests;

[Collection(RiskCollection.Name)]
public sealed class DecisionTests(RiskServiceFixture risk)
{
    [Fact]
    public async Task A_small_amount_on_a_trusted_device_is_approved_with_the_payment_password()
    {
        risk.MoveToLocalHour(10);
        var user = NewId("u");

        var assessment = await risk.AssessAsync(user, 150_000, NewId("d"));

        Assert.Equal(Decision.Approve, assessment.Decision);
        Assert.Equal([Factor.PaymentPassword], assessment.RequiredFactors);
        Assert.Equal(["NEW_ACCOUNT"], assessment.Reasons.Select(reason => reason.Code));
        Assert.Equal(5, assessment.Score);
        var current = await risk.Client.GetRulesAsync(new GetRulesRequest(), risk.Callers.Operator(), Deadline);
        Assert.Equal(current.Version, assessment.RulesVersion);
    }

    [Fact]
    public async Task A_larger_amount_on_a_trusted_device_is_approved_with_face()
    {
        risk.MoveToLocalHour(10);

        var assessment = await risk.AssessAsync(NewId("u"), 200_001, NewId("d"));

        Assert.Equal((Decision.Approve, Factor.Face), (assessment.Decision, Assert.Single(assessment.RequiredFactors)));
    }

    [Fact]
    public async Task A_new_untrusted_device_steps_up_to_face_and_sms()
    {
        risk.MoveToLocalHour(10);

        var assessment = await risk.AssessAsync(NewId("u"), 50_000, NewId("d"), trusted: false);

        Assert.Equal(Decision.StepUp, assessment.Decision);
        Assert.Equal([Factor.Face, Factor.SmsCode], assessment.RequiredFactors);
        Assert.Equal(["NEW_DEVICE", "UNTRUSTED_DEVICE", "NEW_ACCOUNT"], assessment.Reasons.Select(reason => reason.Code));
        Assert.Equal([25.0, 15.0, 5.0], assessment.Reasons.Select(reason => reason.Contribution));
        Assert.Equal(45, assessment.Score);
        Assert.All(assessment.Reasons, reason => Assert.False(string.IsNullOrWhiteSpace(reason.Description)));
    }

    [Fact]
    public async Task Night_time_adds_its_points()
    {
        risk.MoveToLocalHour(2);

        var assessment = await risk.AssessAsync(NewId("u"), 10_000, NewId("d"));

        var night = Assert.Single(assessment.Reasons, reason => reason.Code == "NIGHT_TIME");
        Assert.Equal(5, night.Contribution);
        Assert.Contains("local_hour = 2", night.Description);
        risk.MoveToLocalHour(10);
    }

    [Fact]
    public async Task Asking_again_for_the_same_operation_returns_the_same_assessment()
    {
        risk.MoveToLocalHour(10);
        var user = NewId("u");
        var first = await risk.AssessAsync(user, 10_000, NewId("d"), trusted: false, operationId: "w-1");

        var again = await risk.AssessAsync(user, 10_000, NewId("d"), trusted: true, operationId: "w-1");

        Assert.Equal(first, again);
    }
}
