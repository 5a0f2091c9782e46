using System.Security.Cryptography;

namespace Platform.Identity.Domain.Devices;

/// <summary>A device's ECDSA P-256 public key (SubjectPublicKeyInfo, base64) and the check of its signatures.</summary>
public static class DevicePublicKey
{
    private const string P256Oid = "1.2.840.10045.3.1.7";

    /// <summary>True when <paramref name="base64"/> is exactly one P-256 SubjectPublicKeyInfo.</summary>
    public static bool IsValid(string base64)
    {
        try
        {
            using var key = Import(base64);
            return key is not null;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Checks a signature over <paramref name="data"/> in IEEE P1363 (r‖s, 64 bytes) or DER form.</summary>
    public static bool Verify(string base64, byte[] data, byte[] signature)
    {
        try
        {
            using var key = Import(base64);
            if (key is null) return false;
            var format = signature.Length == 64
                ? DSASignatureFormat.IeeeP1363FixedFieldConcatenation
                : DSASignatureFormat.Rfc3279DerSequence;
            return key.VerifyData(data, signature, HashAlgorithmName.SHA256, format);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static ECDsa? Import(string base64)
    {
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var length)) return null;
        var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(bytes.AsSpan(0, length), out var read);
        if (read != length || key.ExportParameters(false).Curve.Oid?.Value != P256Oid)
        {
            key.Dispose();
            return null;
        }
        return key;
    }
}
