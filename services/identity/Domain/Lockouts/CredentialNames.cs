namespace Platform.Identity.Domain.Lockouts;

/// <summary>The credentials whose checks are limited, each with its own failure counter per user.</summary>
public static class CredentialNames
{
    public const string LoginPassword = "login_password";
    public const string PaymentPassword = "payment_password";
    public const string Device = "device";
    public const string Face = "face";
}
