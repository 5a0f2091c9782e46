using System.ComponentModel.DataAnnotations;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Verifications;

/// <summary>
/// The answer to one face session: the frames captured while the user performed its prompt (base64 PNG or JPEG,
/// in capture order), or, where identity trusts device descriptors, the 128-number descriptor computed on the device.
/// </summary>
public sealed record FaceProbeBody(
    [property: Required(ErrorMessage = "is required")]
    [property: Identifier]
    string? SessionId,
    byte[][]? Frames,
    [property: Length(FaceDescriptor.Length, FaceDescriptor.Length, ErrorMessage = "must have exactly 128 numbers")]
    float[]? Descriptor);
