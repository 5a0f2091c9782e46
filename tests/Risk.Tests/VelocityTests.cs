using Google.Protobuf.WellKnownTypes;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Risk.Tests.Infrastructure;
using static Platform.Risk.Tests.Infrastructure.RiskServiceFixture;

namespace Platform.Risk.Tests;

/// <summary>Velocity features come from withdrawal.created events published to the real stream.</summary>
[Collection(RiskCollection.Name)]
public sealed class VelocityTests(RiskServiceFixture risk)
{
    [Fact]
    public async Task Three_other_withdrawals_in_the_last_hour_fire_the_hourly_velocity_rule()
    {
        risk.MoveToLocalHour(10);
        var user = NewId("u");
        var device = NewId("d");
        var before = await risk.AssessAsync(user, 10_000, device);
        for (var i = 1; i <= 3; i++) await CreatedAsync(user, $"w-{i}", 10_000, TimeSpan.FromMinutes(10 * i));
        await CreatedAsync(user, "w-now", 10_000, TimeSpan.Zero);

        var after = await risk.AssessAsync(user, 10_000, device, operationId: "w-now");

        Assert.DoesNotContain(before.Reasons, reason => reason.Code == "VELOCITY_COUNT_1H");
        var velocity = Assert.Single(after.Reasons, reason => reason.Code == "VELOCITY_COUNT_1H");
        Assert.Contains("velocity_count_1h = 3", velocity.Description);
        Assert.Equal(20, velocity.Contribution);
    }

    [Fact]
    public async Task A_busy_day_fires_the_daily_count_and_amount_rules_but_not_the_hourly_one()
    {
        risk.MoveToLocalHour(10);
        var user = NewId("u");
        for (var i = 0; i < 10; i++) await CreatedAsync(user, $"w-{i}", 500_000, TimeSpan.FromHours(2 + 2 * i));
        await CreatedAsync(user, "w-old", 500_000, TimeSpan.FromHours(25));

        var assessment = await risk.AssessAsync(user, 100_000, NewId("d"));

        var codes = assessment.Reasons.Select(reason => reason.Code).ToList();
        Assert.Contains("VELOCITY_COUNT_24H", codes);
        Assert.Contains("VELOCITY_AMOUNT_24H", codes);
        Assert.DoesNotContain("VELOCITY_COUNT_1H", codes);
        Assert.Contains("velocity_amount_24h = 5100000", assessment.Reasons.Single(reason => reason.Code == "VELOCITY_AMOUNT_24H").Description);
    }

    [Fact]
    public async Task Windows_end_at_the_moment_assessed()
    {
        risk.MoveToLocalHour(10);
        var user = NewId("u");
        for (var i = 1; i <= 3; i++) await CreatedAsync(user, $"w-{i}", 10_000, TimeSpan.FromMinutes(120 + 10 * i));
        await CreatedAsync(user, "w-later", 10_000, TimeSpan.FromMinutes(30));

        var asOfTwoHoursAgo = await risk.Client.AssessAsync(new Platform.Contracts.Risk.V1.AssessRequest
        {
            UserId = user, OperationId = "w-resumed", AmountFen = 10_000, DeviceId = NewId("d"), DeviceTrusted = true,
            At = Timestamp.FromDateTimeOffset(risk.Time.GetUtcNow().AddHours(-2)),
        }, risk.Callers.System(user), Deadline);
        var now = await risk.AssessAsync(user, 10_000, NewId("d"));

        Assert.Contains("velocity_count_1h = 3", Assert.Single(asOfTwoHoursAgo.Reasons, reason => reason.Code == "VELOCITY_COUNT_1H").Description);
        Assert.DoesNotContain(now.Reasons, reason => reason.Code == "VELOCITY_COUNT_1H");
    }

    [Fact]
    public async Task A_redelivered_event_counts_once()
    {
        risk.MoveToLocalHour(10);
        var user = NewId("u");
        for (var i = 0; i < 3; i++) await CreatedAsync(user, "w-1", 10_000, TimeSpan.FromMinutes(5), eventId: $"{user}-created-w-1");

        var assessment = await risk.AssessAsync(user, 10_000, NewId("d"));

        Assert.DoesNotContain(assessment.Reasons, reason => reason.Code == "VELOCITY_COUNT_1H");
        Assert.Equal(1, await Platform.Redis.RedisCommands.ZCardAsync(risk.RedisClient, $"risk:{{u:{user}}}:withdrawals"));
    }

    private Task CreatedAsync(string user, string withdrawalId, long amountFen, TimeSpan ago, string? eventId = null) =>
        risk.PublishAsync(Topics.WithdrawalCreated, new WithdrawalEvent
        {
            WithdrawalId = withdrawalId, UserId = user, AmountFen = amountFen, Status = "created", DeviceId = "d-elsewhere",
            At = Timestamp.FromDateTimeOffset(risk.Time.GetUtcNow() - ago),
        }, eventId);
}
