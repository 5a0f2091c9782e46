using System.Security.Cryptography;

namespace Platform.Withdrawal.Tests.Stack;

/// <summary>A registered user of the stack: their credentials, trusted device key, bound card and face.</summary>
public sealed record Customer(
    string UserId, string Phone, string PaymentPassword, string DeviceId, ECDsa DeviceKey, string CardId, string CardLast4,
    float[] Face)
{
    /// <summary>A device id the account has never used (not trusted: risk asks for a step-up).</summary>
    public static string NewDeviceId() => "dev-" + Guid.NewGuid().ToString("N")[..12];
}
