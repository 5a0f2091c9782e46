using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Auth;

/// <summary>
/// Signs in. From an untrusted device the answer withholds the tokens and carries a verification and a step-up
/// token; once its factors are proven, the same login with <c>verificationTicket</c> completes.
/// </summary>
public sealed record LoginBody(
    [property: Required(ErrorMessage = "is required")]
    [property: RegularExpression(@"^\+[1-9][0-9]{6,14}$", ErrorMessage = "must be an E.164 number such as +8613800138000")]
    string? Phone,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(128, ErrorMessage = "must be at most 128 characters")]
    string? LoginPassword,
    [property: Required(ErrorMessage = "is required")]
    [property: Common.Identifier]
    string? DeviceId,
    [property: StringLength(512, ErrorMessage = "must be at most 512 characters")]
    string? VerificationTicket);
