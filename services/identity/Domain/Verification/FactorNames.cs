using Platform.Contracts.Identity.V1;

namespace Platform.Identity.Domain.Verification;

/// <summary>Readable factor names for events and messages.</summary>
public static class FactorNames
{
    public static string Of(Factor factor) => factor switch
    {
        Factor.PaymentPassword => "payment_password",
        Factor.SmsCode => "sms_code",
        Factor.Face => "face",
        Factor.TrustedDevice => "trusted_device",
        _ => "unspecified",
    };
}
