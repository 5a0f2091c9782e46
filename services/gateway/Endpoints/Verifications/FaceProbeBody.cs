using System.ComponentModel.DataAnnotations;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Verifications;

/// <summary>The probe for one face session: the 128-number descriptor computed on the device.</summary>
public sealed record FaceProbeBody(
    [property: Required(ErrorMessage = "is required")]
    [property: Identifier]
    string? SessionId,
    [property: Required(ErrorMessage = "is required")]
    [property: Length(FaceDescriptor.Length, FaceDescriptor.Length, ErrorMessage = "must have exactly 128 numbers")]
    float[]? Descriptor);
