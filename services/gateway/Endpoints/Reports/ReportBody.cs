using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Reports;

/// <summary>Reports a suspicious transaction or account; it opens a risk case.</summary>
public sealed record ReportBody(
    [property: Required(ErrorMessage = "is required")]
    ReportSubject? SubjectType,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(128, ErrorMessage = "must be at most 128 characters")]
    string? SubjectId,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(1000, MinimumLength = 1, ErrorMessage = "must be 1 to 1000 characters")]
    string? Description);
