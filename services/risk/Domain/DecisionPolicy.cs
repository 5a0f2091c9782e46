using Platform.Contracts.Identity.V1;
using Platform.Contracts.Risk.V1;

namespace Platform.Risk.Domain;

/// <summary>From score to decision with the rule set's thresholds, and the factors each decision requires.</summary>
public static class DecisionPolicy
{
    public static readonly IReadOnlyList<Factor> StepUpFactors = [Factor.Face, Factor.SmsCode];

    public static (Decision Decision, IReadOnlyList<Factor> Factors) Decide(
        RuleSet rules, double score, bool hardDecline, AssessmentInput input)
    {
        if (hardDecline || score >= rules.DeclineThreshold) return (Decision.Decline, []);
        if (score >= rules.ReviewThreshold) return (Decision.Review, []);
        if (score >= rules.StepUpThreshold) return (Decision.StepUp, StepUpFactors);
        var passwordIsEnough = input.DeviceTrusted && input.AmountFen <= rules.PasswordMaxFen;
        return (Decision.Approve, passwordIsEnough ? [Factor.PaymentPassword] : [Factor.Face]);
    }
}
