namespace Platform.Risk.Domain;

/// <summary>
/// What one event changes in a user's features. <see cref="Kind"/> is one of withdrawal_created,
/// withdrawal_completed, device_seen, device_trusted, verification_failed, credential_changed, registered.
/// </summary>
public sealed record SignalChange(string Kind, DateTimeOffset At, string Id = "", long AmountFen = 0, string DeviceId = "")
{
    public const string WithdrawalCreated = "withdrawal_created";
    public const string WithdrawalCompleted = "withdrawal_completed";
    public const string DeviceSeen = "device_seen";
    public const string DeviceTrusted = "device_trusted";
    public const string VerificationFailed = "verification_failed";
    public const string CredentialChanged = "credential_changed";
    public const string Registered = "registered";
}
