using System.ComponentModel.DataAnnotations;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Verifications;

/// <summary>The device's signature (base64; IEEE P1363 r||s or DER) over the challenge nonce.</summary>
public sealed record DeviceProofBody(
    [property: Required(ErrorMessage = "is required")]
    [property: Identifier]
    string? ChallengeId,
    [property: Required(ErrorMessage = "is required")]
    [property: Length(1, 256, ErrorMessage = "must be 1 to 256 bytes")]
    byte[]? Signature);
