using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.Risk.Domain;

namespace Platform.Risk.Handlers;

/// <summary>Which events change which features; events that teach nothing map to null.</summary>
public static class SignalEvents
{
    public static SignalChange? From(string topic, WithdrawalEvent withdrawal, DateTimeOffset at) => topic switch
    {
        Topics.WithdrawalCreated => new SignalChange(SignalChange.WithdrawalCreated, at, withdrawal.WithdrawalId, withdrawal.AmountFen, withdrawal.DeviceId),
        Topics.WithdrawalCompleted => new SignalChange(SignalChange.WithdrawalCompleted, at, withdrawal.WithdrawalId, withdrawal.AmountFen, withdrawal.DeviceId),
        _ => null,
    };

    public static SignalChange? From(SecurityEvent security, string eventId, DateTimeOffset at) => security.Type switch
    {
        "registered" => new SignalChange(SignalChange.Registered, at),
        "login" or "login_new_device" => new SignalChange(SignalChange.DeviceSeen, at, DeviceId: security.DeviceId),
        "device_trusted" => new SignalChange(SignalChange.DeviceTrusted, at, DeviceId: security.DeviceId),
        "verification_failed" or "login_failed" or "factor_locked" or "payment_password_locked" => new SignalChange(SignalChange.VerificationFailed, at, eventId),
        "login_password_changed" or "payment_password_changed" => new SignalChange(SignalChange.CredentialChanged, at),
        _ => null,
    };
}
