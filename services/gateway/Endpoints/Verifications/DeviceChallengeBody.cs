using System.ComponentModel.DataAnnotations;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Verifications;

/// <summary>Asks for a nonce that the trusted device <see cref="DeviceId"/> signs with its private key.</summary>
public sealed record DeviceChallengeBody(
    [property: Required(ErrorMessage = "is required")]
    [property: Identifier]
    string? DeviceId);
