using System.ComponentModel.DataAnnotations;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Devices;

/// <summary>Registers a device by its ECDSA P-256 public key (SubjectPublicKeyInfo, base64).</summary>
public sealed record RegisterDeviceBody(
    [property: Required(ErrorMessage = "is required")]
    [property: Identifier]
    string? DeviceId,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(512, ErrorMessage = "must be at most 512 characters")]
    string? PublicKey,
    [property: StringLength(64, ErrorMessage = "must be at most 64 characters")]
    string? Name);
