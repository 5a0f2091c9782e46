using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Auth;

public sealed record RefreshBody(
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(512, ErrorMessage = "must be at most 512 characters")]
    string? RefreshToken);
