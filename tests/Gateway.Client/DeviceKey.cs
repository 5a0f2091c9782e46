using System.Security.Cryptography;

namespace Platform.Gateway.Client;

/// <summary>A phone's device key: ECDSA P-256, kept on the device; the platform only ever sees the public half.</summary>
public sealed class DeviceKey : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public DeviceKey(string deviceId) => DeviceId = deviceId;

    public string DeviceId { get; }

    /// <summary>SubjectPublicKeyInfo, base64: what the platform registers.</summary>
    public string PublicKey => Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo());

    /// <summary>Signs a server challenge (SHA-256, IEEE P1363 r||s).</summary>
    public byte[] Sign(byte[] nonce) => _key.SignData(nonce, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public static DeviceKey Create() => new("dev-" + Guid.NewGuid().ToString("N")[..20]);

    public void Dispose() => _key.Dispose();
}
