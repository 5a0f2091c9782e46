using Platform.Contracts.Risk.V1;
using Platform.Gateway.Endpoints.Common;
using Platform.Gateway.Problems;

namespace Platform.Gateway.Endpoints.Admin;

/// <summary>Risk's rules and cases between their protobuf and API forms.</summary>
public static class RiskMapping
{
    public static ReviewCaseResponse ToResponse(this ReviewCase reviewCase) => new(
        reviewCase.CaseId,
        reviewCase.UserId,
        NullIfEmpty(reviewCase.OperationId),
        reviewCase.Kind,
        reviewCase.Status,
        reviewCase.Reasons.Select(r => new ReasonResponse(r.Code, r.Description, r.Contribution)).ToArray(),
        reviewCase.Score,
        NullIfEmpty(reviewCase.SubjectType),
        NullIfEmpty(reviewCase.SubjectId),
        NullIfEmpty(reviewCase.Description),
        NullIfEmpty(reviewCase.ReporterUserId),
        NullIfEmpty(reviewCase.Resolution),
        NullIfEmpty(reviewCase.Note),
        NullIfEmpty(reviewCase.ResolvedBy),
        reviewCase.OpenedAt.ToApi(),
        reviewCase.ResolvedAt.ToApi());

    public static RuleSetModel ToModel(this RuleSet rules) => new(
        rules.Version,
        rules.Rules.Select(r => new RuleModel(r.Code, r.Description, r.Feature, ParseOperator(r.Op), r.Threshold, r.Points, r.HardDecline)).ToList(),
        rules.StepUpThreshold,
        rules.ReviewThreshold,
        rules.DeclineThreshold,
        rules.PasswordMaxFen,
        rules.PublishedAt.ToApi(),
        NullIfEmpty(rules.PublishedBy));

    public static RuleSet ToProto(this RuleSetModel model)
    {
        var rules = new RuleSet
        {
            Version = model.Version ?? "",
            StepUpThreshold = model.StepUpThreshold,
            ReviewThreshold = model.ReviewThreshold,
            DeclineThreshold = model.DeclineThreshold,
            PasswordMaxFen = model.PasswordMaxFen,
        };
        rules.Rules.Add(model.Rules!.Select(r => new Rule
        {
            Code = r.Code,
            Description = r.Description ?? "",
            Feature = r.Feature,
            Op = r.Op!.Value.ToString().ToLowerInvariant(),
            Threshold = r.Threshold,
            Points = r.Points,
            HardDecline = r.HardDecline,
        }));
        return rules;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static RuleOperator? ParseOperator(string op) =>
        Enum.TryParse<RuleOperator>(op, ignoreCase: true, out var parsed) ? parsed : null;

    public static string ToProto(this CaseResolution resolution) => FieldNames.ToSnakeCase(resolution.ToString());

    public static string ToProto(this ListKind list) => FieldNames.ToSnakeCase(list.ToString());
}
