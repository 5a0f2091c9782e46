namespace Platform.Gateway.Endpoints.Admin;

/// <summary>A case for a person: a withdrawal held for review, or a user's report.</summary>
public sealed record ReviewCaseResponse(
    string CaseId,
    string UserId,
    string? OperationId,
    string Kind,
    string Status,
    ReasonResponse[] Reasons,
    double Score,
    string? SubjectType,
    string? SubjectId,
    string? Description,
    string? ReporterUserId,
    string? Resolution,
    string? Note,
    string? ResolvedBy,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ResolvedAt);
