using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Security;

public sealed class SecurityEventQuery
{
    [Range(1, 100, ErrorMessage = "must be between 1 and 100")]
    public int? PageSize { get; init; }
}
