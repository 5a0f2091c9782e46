using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Verifications;

/// <summary>Opens a verification for a self-service purpose; identity decides which factors it needs.</summary>
public sealed record BeginVerificationBody(
    [property: Required(ErrorMessage = "is required")]
    SelfServicePurpose? Purpose);
