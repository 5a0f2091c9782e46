using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Inbox;

/// <summary><c>?unreadOnly=true&amp;pageSize=20&amp;pageToken=…</c></summary>
public sealed class InboxQuery
{
    public bool? UnreadOnly { get; init; }

    [Range(1, 100, ErrorMessage = "must be between 1 and 100")]
    public int? PageSize { get; init; }

    [StringLength(200, ErrorMessage = "must be at most 200 characters")]
    public string? PageToken { get; init; }
}
