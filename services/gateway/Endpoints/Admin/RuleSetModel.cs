using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Admin;

/// <summary>
/// A version of the risk rules and the score thresholds of each decision. To publish, send the current
/// <see cref="Version"/> back with the changes (optimistic concurrency); <see cref="PublishedAt"/> and
/// <see cref="PublishedBy"/> are set by risk and ignored when sent.
/// </summary>
public sealed record RuleSetModel(
    [property: StringLength(64, ErrorMessage = "must be at most 64 characters")]
    string? Version,
    [property: Required(ErrorMessage = "is required")]
    [property: Length(1, 200, ErrorMessage = "must have 1 to 200 rules")]
    IReadOnlyList<RuleModel>? Rules,
    [property: Range(0, 100, ErrorMessage = "must be between 0 and 100")]
    double StepUpThreshold,
    [property: Range(0, 100, ErrorMessage = "must be between 0 and 100")]
    double ReviewThreshold,
    [property: Range(0, 100, ErrorMessage = "must be between 0 and 100")]
    double DeclineThreshold,
    [property: Range(0, long.MaxValue, ErrorMessage = "must not be negative")]
    long PasswordMaxFen,
    DateTimeOffset? PublishedAt = null,
    string? PublishedBy = null);
