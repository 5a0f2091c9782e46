using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Admin;

/// <summary>One risk rule: when <c>feature op threshold</c> holds, it adds <see cref="Points"/> (or declines outright).</summary>
public sealed record RuleModel(
    [property: Required(ErrorMessage = "is required")]
    [property: RegularExpression("^[A-Z][A-Z0-9_]{0,63}$", ErrorMessage = "must be 1-64 capitals, digits or _")]
    string? Code,
    [property: StringLength(200, ErrorMessage = "must be at most 200 characters")]
    string? Description,
    [property: Required(ErrorMessage = "is required")]
    [property: RegularExpression("^[a-z][a-z0-9_]{0,63}$", ErrorMessage = "must be 1-64 lowercase letters, digits or _")]
    string? Feature,
    [property: Required(ErrorMessage = "is required")]
    RuleOperator? Op,
    double Threshold,
    [property: Range(0, 100, ErrorMessage = "must be between 0 and 100")]
    double Points,
    bool HardDecline);
