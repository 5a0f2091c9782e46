namespace Platform.Identity.Domain.Verification;

/// <summary>What a verification is for. Identity decides the factors of its own purposes; other services name them.</summary>
public static class Purposes
{
    public const string Login = "login";
    public const string Withdrawal = "withdrawal";
    public const string ChangePassword = "change_password";
    public const string ChangePaymentPassword = "change_payment_password";
    public const string FaceEnrolment = "face_enrolment";

    /// <summary>Purposes a user opens for themself; identity fixes their factors.</summary>
    public static bool IsSelfService(string purpose) =>
        purpose is ChangePassword or ChangePaymentPassword or FaceEnrolment;
}
