using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Auth;

/// <summary>Opens an account. A device public key given here makes the registering device trusted.</summary>
public sealed record RegisterBody(
    [property: Required(ErrorMessage = "is required")]
    [property: RegularExpression(@"^\+[1-9][0-9]{6,14}$", ErrorMessage = "must be an E.164 number such as +8613800138000")]
    string? Phone,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(128, MinimumLength = 8, ErrorMessage = "must be 8 to 128 characters")]
    string? LoginPassword,
    [property: Required(ErrorMessage = "is required")]
    [property: RegularExpression("^[0-9]{6}$", ErrorMessage = "must be exactly 6 digits")]
    string? PaymentPassword,
    [property: Required(ErrorMessage = "is required")]
    [property: Common.Identifier]
    string? DeviceId,
    [property: StringLength(512, ErrorMessage = "must be at most 512 characters")]
    string? DevicePublicKey,
    [property: RegularExpression("^(zh-CN|en)$", ErrorMessage = "must be zh-CN or en")]
    string? Locale);
