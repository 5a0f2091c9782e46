using System.ComponentModel.DataAnnotations;
using Platform.Gateway.Endpoints.Common;

namespace Platform.Gateway.Endpoints.Face;

/// <summary>Enrols the face: the descriptor computed on the device and the ticket of a completed "faceEnrolment" verification.</summary>
public sealed record EnrollFaceBody(
    [property: Required(ErrorMessage = "is required")]
    [property: Length(FaceDescriptor.Length, FaceDescriptor.Length, ErrorMessage = "must have exactly 128 numbers")]
    float[]? Descriptor,
    [property: Required(ErrorMessage = "is required")]
    [property: StringLength(512, ErrorMessage = "must be at most 512 characters")]
    string? Ticket);
