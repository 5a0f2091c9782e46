using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Admin;

/// <summary><c>?phone=+86…&amp;pageSize=20</c></summary>
public sealed class SmsQuery
{
    [Required(ErrorMessage = "is required")]
    [RegularExpression(@"^\+[1-9][0-9]{6,14}$", ErrorMessage = "must be an E.164 number such as +8613800138000")]
    public string? Phone { get; init; }

    [Range(1, 100, ErrorMessage = "must be between 1 and 100")]
    public int? PageSize { get; init; }
}
