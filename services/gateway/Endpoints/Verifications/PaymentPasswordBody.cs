using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Verifications;

public sealed record PaymentPasswordBody(
    [property: Required(ErrorMessage = "is required")]
    [property: RegularExpression("^[0-9]{6}$", ErrorMessage = "must be exactly 6 digits")]
    string? PaymentPassword);
