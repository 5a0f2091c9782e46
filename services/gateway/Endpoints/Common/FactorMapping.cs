using Platform.Contracts.Identity.V1;

namespace Platform.Gateway.Endpoints.Common;

public static class FactorMapping
{
    public static VerificationFactor ToApi(this Factor factor) => factor switch
    {
        Factor.PaymentPassword => VerificationFactor.PaymentPassword,
        Factor.SmsCode => VerificationFactor.SmsCode,
        Factor.Face => VerificationFactor.Face,
        Factor.TrustedDevice => VerificationFactor.TrustedDevice,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, "A service answered with an unknown factor."),
    };

    public static VerificationFactor[] ToApi(this IEnumerable<Factor> factors) =>
        factors.Where(f => f != Factor.Unspecified).Select(ToApi).ToArray();
}
