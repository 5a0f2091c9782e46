using System.Text.RegularExpressions;
using Platform.Contracts.Risk.V1;

namespace Platform.Risk.Domain;

/// <summary>A rule set is data an operator publishes: every field is checked before it can score anything.</summary>
public static partial class RuleSetValidator
{
    public const int MaxRules = 100;
    private const int MaxDescriptionLength = 200;

    /// <summary>The first problem as "field: what is wrong", or null when the rule set is valid.</summary>
    public static string? Problem(RuleSet rules)
    {
        if (rules.Rules.Count is 0 or > MaxRules) return $"rules must hold 1 to {MaxRules} rules";
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Rules.Count; i++)
        {
            var rule = rules.Rules[i];
            var field = $"rules[{i}]";
            if (!Code().IsMatch(rule.Code)) return $"{field}.code must be 1-64 characters of A-Z, 0-9 and _, starting with a letter";
            if (!codes.Add(rule.Code)) return $"{field}.code {rule.Code} is used twice";
            if (string.IsNullOrWhiteSpace(rule.Description) || rule.Description.Length > MaxDescriptionLength)
                return $"{field}.description must be 1-{MaxDescriptionLength} characters";
            if (!FeatureNames.All.Contains(rule.Feature))
                return $"{field}.feature must be one of {string.Join(", ", FeatureNames.All.Order(StringComparer.Ordinal))}";
            if (!RuleEvaluator.Operators.Contains(rule.Op)) return $"{field}.op must be one of gt, ge, lt, le, eq";
            if (!double.IsFinite(rule.Threshold)) return $"{field}.threshold must be a finite number";
            if (!double.IsFinite(rule.Points) || rule.Points is < -100 or > 100) return $"{field}.points must be between -100 and 100";
        }
        if (!(rules.StepUpThreshold > 0 && rules.StepUpThreshold <= rules.ReviewThreshold
              && rules.ReviewThreshold <= rules.DeclineThreshold && rules.DeclineThreshold <= 100))
            return "thresholds must satisfy 0 < step_up_threshold <= review_threshold <= decline_threshold <= 100";
        if (rules.PasswordMaxFen < 0) return "password_max_fen must not be negative";
        return null;
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
