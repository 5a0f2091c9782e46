using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Admin;

/// <summary>A block-list entry: a device id, a card fingerprint or a user id.</summary>
public sealed record ListEntryModel(
    [property: Required(ErrorMessage = "is required")]
    ListKind? List,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(128, MinimumLength = 1, ErrorMessage = "must be 1 to 128 characters")]
    string? Value,
    [property: StringLength(200, ErrorMessage = "must be at most 200 characters")]
    string? Reason);
