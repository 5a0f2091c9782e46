using System.ComponentModel.DataAnnotations;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Face;

/// <summary>
/// Enrols the face from photos (base64 PNG or JPEG, each of exactly one face) and the ticket of a completed
/// "faceEnrolment" verification. A descriptor computed on the device is accepted instead only where identity
/// trusts device descriptors.
/// </summary>
public sealed record EnrollFaceBody(
    byte[][]? Images,
    [property: Length(FaceDescriptor.Length, FaceDescriptor.Length, ErrorMessage = "must have exactly 128 numbers")]
    float[]? Descriptor,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(512, ErrorMessage = "must be at most 512 characters")]
    string? Ticket);
