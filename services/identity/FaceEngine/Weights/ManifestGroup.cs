using System.Text.Json.Serialization;

namespace Platform.Identity.FaceEngine.Weights;

/// <summary>One group of a TF.js weights manifest: shard files, read in order as one byte sequence, and the weights laid out in it.</summary>
internal sealed record ManifestGroup(
    [property: JsonPropertyName("paths")] string[]? Paths,
    [property: JsonPropertyName("weights")] ManifestWeight[]? Weights);
