using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Admin;

/// <summary><c>?status=open&amp;pageSize=20</c></summary>
public sealed class CaseQuery
{
    [RegularExpression("^(open|resolved)$", ErrorMessage = "must be open or resolved")]
    public string? Status { get; init; }

    [Range(1, 100, ErrorMessage = "must be between 1 and 100")]
    public int? PageSize { get; init; }
}
