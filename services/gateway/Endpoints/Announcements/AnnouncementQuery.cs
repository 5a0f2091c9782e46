using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Announcements;

/// <summary><c>?locale=en&amp;pageSize=20</c></summary>
public sealed class AnnouncementQuery
{
    [RegularExpression("^(zh-CN|en)$", ErrorMessage = "must be zh-CN or en")]
    public string? Locale { get; init; }

    [Range(1, 100, ErrorMessage = "must be between 1 and 100")]
    public int? PageSize { get; init; }
}
