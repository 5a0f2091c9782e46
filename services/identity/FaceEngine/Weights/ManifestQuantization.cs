using System.Text.Json.Serialization;

namespace Platform.Identity.FaceEngine.Weights;

/// <summary>Stored as <see cref="Dtype"/>; uint8/uint16 values mean q × scale + min, float16 values are half floats.</summary>
internal sealed record ManifestQuantization(
    [property: JsonPropertyName("dtype")] string? Dtype,
    [property: JsonPropertyName("scale")] double? Scale,
    [property: JsonPropertyName("min")] double? Min);
