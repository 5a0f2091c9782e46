using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Admin;

public sealed record ResolveCaseBody(
    [property: Required(ErrorMessage = "is required")]
    CaseResolution? Resolution,
    [property: StringLength(1000, ErrorMessage = "must be at most 1000 characters")]
    string? Note);
