using System.Text.Json.Serialization;

namespace Platform.Identity.FaceEngine.Weights;

internal sealed record ManifestWeight(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("shape")] int[]? Shape,
    [property: JsonPropertyName("dtype")] string? Dtype,
    [property: JsonPropertyName("quantization")] ManifestQuantization? Quantization);
