namespace Platform.Gateway.Endpoints.Common;

/// <summary>A way of proving it is the user.</summary>
public enum VerificationFactor
{
    PaymentPassword,
    SmsCode,
    Face,
    TrustedDevice,
}
