using Platform.Contracts.Risk.V1;

namespace Platform.Risk.Domain;

/// <summary>Scores one request: rules plus the anomaly component, clamped to 0..100, then the decision.</summary>
public sealed class RiskScorer(FeatureAssembler features, AnomalyScorer anomaly)
{
    public RiskEvaluation Evaluate(RuleSet rules, AssessmentInput input, UserSignals user, SubjectSignals subjects)
    {
        var vector = features.Assemble(input, user, subjects);
        var (reasons, hardDecline) = RuleEvaluator.Evaluate(rules, vector);
        if (anomaly.Score(input.AmountFen, new AmountHistory(user.HistoryCount, user.HistoryMean, user.HistoryM2)) is { } unusual)
            reasons.Add(unusual);
        var score = Math.Clamp(Math.Round(reasons.Sum(reason => reason.Contribution), 2), 0, 100);
        var (decision, factors) = DecisionPolicy.Decide(rules, score, hardDecline, input);
        return new RiskEvaluation(decision, score, reasons, factors, rules.Version);
    }
}
