using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Cards;

/// <summary>Binds a bank card for payouts: 16-19 digits (Luhn-checked by identity).</summary>
public sealed record BindCardBody(
    [property: Required(ErrorMessage = "is required")]
    [property: RegularExpression("^[0-9]{16,19}$", ErrorMessage = "must be 16 to 19 digits")]
    string? CardNumber,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(64, ErrorMessage = "must be at most 64 characters")]
    string? HolderName,
    [property: Required(ErrorMessage = "is required")]
    [property: RegularExpression("^[A-Z]{2,12}$", ErrorMessage = "must be 2 to 12 capital letters, e.g. ICBC")]
    string? BankCode);
