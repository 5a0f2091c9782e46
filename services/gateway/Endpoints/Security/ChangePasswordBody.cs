using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Security;

/// <summary>A new password and the ticket of the matching completed verification (re-authentication first).</summary>
public sealed record ChangePasswordBody(
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(512, ErrorMessage = "must be at most 512 characters")]
    string? Ticket,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(128, MinimumLength = 6, ErrorMessage = "must be 6 to 128 characters")]
    string? NewPassword);
