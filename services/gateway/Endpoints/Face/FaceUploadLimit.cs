using Microsoft.AspNetCore.Http.Metadata;

namespace Platform.Gateway.Endpoints.Face;

/// <summary>Endpoint metadata that raises the body limit for a route carrying face images; routing applies it.</summary>
public sealed class FaceUploadLimit(long bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => bytes;
}
