using System.Globalization;
using Platform.Contracts.Risk.V1;

namespace Platform.Risk.Domain;

/// <summary>Evaluates a rule set over the features: every rule that holds adds its points and its reason.</summary>
public static class RuleEvaluator
{
    public static (List<ReasonCode> Reasons, bool HardDecline) Evaluate(RuleSet rules, IReadOnlyDictionary<string, double> features)
    {
        List<ReasonCode> reasons = [];
        var hardDecline = false;
        foreach (var rule in rules.Rules)
        {
            var value = features.GetValueOrDefault(rule.Feature);
            if (!Holds(rule.Op, value, rule.Threshold)) continue;
            hardDecline |= rule.HardDecline;
            reasons.Add(new ReasonCode
            {
                Code = rule.Code,
                Description = $"{rule.Description} ({rule.Feature} = {value.ToString("0.##", CultureInfo.InvariantCulture)})",
                Contribution = rule.Points,
            });
        }
        return (reasons, hardDecline);
    }

    public static bool Holds(string op, double value, double threshold) => op switch
    {
        "gt" => value > threshold,
        "ge" => value >= threshold,
        "lt" => value < threshold,
        "le" => value <= threshold,
        "eq" => value == threshold,
        _ => throw new InvalidOperationException($"Unknown rule operator '{op}'; published rule sets are validated."),
    };

    public static readonly IReadOnlySet<string> Operators = new HashSet<string>(StringComparer.Ordinal) { "gt", "ge", "lt", "le", "eq" };
}
