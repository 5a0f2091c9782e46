namespace Platform.Gateway.Endpoints.Admin;

public sealed record ReviewCaseResponse(
    string CaseId,
    string UserId,
    string? OperationId,
    string Kind,
    string Status,
    ReasonResponse[] Reasons,
    string? Resolution,
    DateTimeOffset? OpenedAt);
