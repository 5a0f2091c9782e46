namespace Platform.Gateway.Endpoints.Verifications;

/// <summary>What a user may open a verification for themself (withdrawals open their own).</summary>
public enum SelfServicePurpose
{
    ChangePassword,
    ChangePaymentPassword,
    FaceEnrolment,
}
