using System.Security.Cryptography;
using Platform.Contracts.Identity.V1;

namespace Platform.Identity.Tests.Infrastructure;

/// <summary>A registered user, with the secrets only the user knows and the private key of their device.</summary>
public sealed record TestUser(
    string UserId, string Phone, string LoginPassword, string PaymentPassword, string DeviceId, ECDsa DeviceKey, Session Session)
{
    public string PublicKey => Convert.ToBase64String(DeviceKey.ExportSubjectPublicKeyInfo());
}
