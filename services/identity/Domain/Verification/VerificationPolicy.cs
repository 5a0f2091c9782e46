using Platform.Contracts.Identity.V1;

namespace Platform.Identity.Domain.Verification;

/// <summary>Which factors identity's own purposes require, and how strong a set of proven factors is.</summary>
public static class VerificationPolicy
{
    /// <summary>
    /// Changing the login password or enrolling a face needs an SMS code and the payment password; changing the
    /// payment password (which may be forgotten or locked) needs an SMS code and the face when one is usable.
    /// </summary>
    public static IReadOnlyList<Factor> SelfServiceFactors(string purpose, bool faceUsable) => purpose switch
    {
        Purposes.ChangePassword or Purposes.FaceEnrolment => [Factor.SmsCode, Factor.PaymentPassword],
        Purposes.ChangePaymentPassword => faceUsable ? [Factor.SmsCode, Factor.Face] : [Factor.SmsCode],
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Not a self-service purpose."),
    };

    /// <summary>A login from an untrusted device needs an SMS code, and the face when one is usable.</summary>
    public static IReadOnlyList<Factor> LoginFactors(bool faceUsable) =>
        faceUsable ? [Factor.SmsCode, Factor.Face] : [Factor.SmsCode];

    public static VerificationStrength StrengthOf(IReadOnlyCollection<Factor> factors) =>
        (factors.Contains(Factor.Face), factors.Contains(Factor.SmsCode), factors.Contains(Factor.PaymentPassword)) switch
        {
            (true, true, _) => VerificationStrength.FaceAndSms,
            (true, false, _) => VerificationStrength.Face,
            (false, _, true) => VerificationStrength.Password,
            _ => VerificationStrength.Unspecified,
        };
}
