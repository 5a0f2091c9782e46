using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Admin;

/// <summary><c>?version=…</c>: any version ever published; none for the current rules.</summary>
public sealed class RulesQuery
{
    [StringLength(64, ErrorMessage = "must be at most 64 characters")]
    public string? Version { get; init; }
}
