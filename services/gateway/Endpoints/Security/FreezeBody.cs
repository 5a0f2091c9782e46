using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Security;

/// <summary>Freezes the account at once (self-service, e.g. a lost phone).</summary>
public sealed record FreezeBody(
    [property: StringLength(200, ErrorMessage = "must be at most 200 characters")]
    string? Reason);
