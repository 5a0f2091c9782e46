namespace Platform.Identity.Domain.Security;

/// <summary>The <c>type</c> values of SecurityEvent (topic identity.security) and of the security centre's records.</summary>
public static class SecurityEventTypes
{
    public const string Registered = "registered";
    public const string Login = "login";
    public const string LoginNewDevice = "login_new_device";
    public const string LoginFailed = "login_failed";
    public const string LoginPasswordChanged = "login_password_changed";
    public const string PaymentPasswordChanged = "payment_password_changed";
    public const string PaymentPasswordLocked = "payment_password_locked";
    public const string DeviceTrusted = "device_trusted";
    public const string DeviceRemoved = "device_removed";
    public const string CardBound = "card_bound";
    public const string FaceEnrolled = "face_enrolled";
    public const string VerificationFailed = "verification_failed";
    public const string VerificationSucceeded = "verification_succeeded";
    public const string FactorLocked = "factor_locked";
    public const string AccountFrozen = "account_frozen";
}
