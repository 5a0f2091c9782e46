using Grpc.Core;
using Platform.Contracts.Risk.V1;
using Platform.Risk.Tests.Infrastructure;
using static Platform.Risk.Tests.Infrastructure.RiskServiceFixture;

namespace Platform.Risk.Tests;

[Collection(RiskCollection.Name)]
public sealed class RulesTests(RiskServiceFixture risk)
{
    [Fact]
    public async Task The_seed_rules_are_served_with_their_thresholds()
    {
        var rules = await GetAsync();

        Assert.Equal((30.0, 60.0, 90.0, 200_000L), (rules.StepUpThreshold, rules.ReviewThreshold, rules.DeclineThreshold, rules.PasswordMaxFen));
        Assert.Contains(rules.Rules, rule => rule is { Code: "BLOCKLISTED_CARD", Feature: "list_card", HardDecline: true });
        Assert.Equal(15, rules.Rules.Count);
    }

    [Fact]
    public async Task Publishing_makes_a_new_version_that_assessments_use_and_keeps_the_old_one()
    {
        risk.MoveToLocalHour(10);
        var original = await GetAsync();
        var stricter = original.Clone();
        stricter.Rules.Single(rule => rule.Code == "NEW_ACCOUNT").Points = 35;
        try
        {
            var published = await risk.Client.PublishRulesAsync(stricter, risk.Callers.Operator("op-rules"), Deadline);
            var assessment = await risk.AssessAsync(NewId("u"), 10_000, NewId("d"));
            var stale = await FailsWith(StatusCode.FailedPrecondition,
                () => risk.Client.PublishRulesAsync(stricter, risk.Callers.Operator(), Deadline).ResponseAsync);
            var old = await risk.Client.GetRulesAsync(new GetRulesRequest { Version = original.Version }, risk.Callers.Operator(), Deadline);

            Assert.Equal((long.Parse(original.Version) + 1).ToString(), published.Version);
            Assert.Equal("op-rules", published.PublishedBy);
            Assert.Equal((Decision.StepUp, 35.0, published.Version), (assessment.Decision, assessment.Score, assessment.RulesVersion));
            Assert.StartsWith("rules_version_conflict:", stale.Status.Detail);
            Assert.Equal(original, old);
            Assert.Equal(published, await GetAsync());
        }
        finally
        {
            var current = await GetAsync();
            var restore = original.Clone();
            restore.Version = current.Version;
            await risk.Client.PublishRulesAsync(restore, risk.Callers.Operator(), Deadline);
        }
    }

    [Theory]
    [InlineData("unknown feature", "rules[0].feature must be one of")]
    [InlineData("bad operator", "rules[0].op must be one of gt, ge, lt, le, eq")]
    [InlineData("lower-case code", "rules[0].code must be 1-64 characters of A-Z, 0-9 and _, starting with a letter")]
    [InlineData("duplicate code", "rules[1].code NEW_DEVICE is used twice")]
    [InlineData("points out of range", "rules[0].points must be between -100 and 100")]
    [InlineData("thresholds out of order", "thresholds must satisfy 0 < step_up_threshold <= review_threshold <= decline_threshold <= 100")]
    [InlineData("no rules", "rules must hold 1 to 100 rules")]
    [InlineData("no version", "version must be the current version number the rules are based on")]
    public async Task An_invalid_rule_set_is_refused_and_the_current_rules_stay(string problem, string message)
    {
        var current = await GetAsync();
        var rules = new RuleSet { Version = current.Version, StepUpThreshold = 30, ReviewThreshold = 60, DeclineThreshold = 90 };
        rules.Rules.Add(new Rule { Code = "NEW_DEVICE", Description = "new device", Feature = "device_new", Op = "ge", Threshold = 1, Points = 25 });
        switch (problem)
        {
            case "unknown feature": rules.Rules[0].Feature = "shoe_size"; break;
            case "bad operator": rules.Rules[0].Op = "between"; break;
            case "lower-case code": rules.Rules[0].Code = "new_device"; break;
            case "duplicate code": rules.Rules.Add(rules.Rules[0].Clone()); break;
            case "points out of range": rules.Rules[0].Points = 101; break;
            case "thresholds out of order": rules.ReviewThreshold = 95; break;
            case "no rules": rules.Rules.Clear(); break;
            case "no version": rules.Version = ""; break;
        }

        var error = await FailsWith(StatusCode.InvalidArgument, () => risk.Client.PublishRulesAsync(rules, risk.Callers.Operator(), Deadline).ResponseAsync);

        Assert.StartsWith(message, error.Status.Detail);
        Assert.Equal(current, await GetAsync());
    }

    [Fact]
    public async Task An_unknown_version_is_not_found()
    {
        await FailsWith(StatusCode.NotFound, () => risk.Client.GetRulesAsync(new GetRulesRequest { Version = "999999" }, risk.Callers.Operator(), Deadline).ResponseAsync);
    }

    private async Task<RuleSet> GetAsync() => await risk.Client.GetRulesAsync(new GetRulesRequest(), risk.Callers.Operator(), Deadline);
}
