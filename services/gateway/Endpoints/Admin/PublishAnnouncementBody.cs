using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Admin;

/// <summary>A security announcement in both locales.</summary>
public sealed record PublishAnnouncementBody(
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(100, ErrorMessage = "must be at most 100 characters")]
    string? TitleZh,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(2000, ErrorMessage = "must be at most 2000 characters")]
    string? BodyZh,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(100, ErrorMessage = "must be at most 100 characters")]
    string? TitleEn,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(2000, ErrorMessage = "must be at most 2000 characters")]
    string? BodyEn);
