using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Common;

/// <summary>Paging query parameters: <c>?pageSize=20&amp;pageToken=…</c> (the token comes from the previous page).</summary>
public sealed class Page
{
    public const int DefaultSize = 20;

    [Range(1, 100, ErrorMessage = "must be between 1 and 100")]
    public int? PageSize { get; init; }

    [StringLength(200, ErrorMessage = "must be at most 200 characters")]
    public string? PageToken { get; init; }

    public int Size => PageSize ?? DefaultSize;

    public string Token => PageToken ?? "";
}
