namespace Platform.Identity.Domain.Devices;

/// <summary>A device a user signed in from; trusted once it registered an ECDSA P-256 public key.</summary>
public sealed record DeviceRecord(
    string DeviceId,
    string Name,
    string? PublicKey,
    DateTimeOffset RegisteredAt,
    DateTimeOffset LastSeenAt)
{
    public bool Trusted => PublicKey is not null;
}
