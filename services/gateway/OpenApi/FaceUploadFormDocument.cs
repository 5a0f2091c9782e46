using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Gateway.Endpoints.Face;

namespace Platform.Gateway.OpenApi;

/// <summary>
/// Lists the multipart/form-data form of the two face routes beside their JSON body: the form's endpoints are left
/// out of the description (one route, two content types), so their request body is added here.
/// </summary>
public sealed class FaceUploadFormDocument : IOpenApiDocumentTransformer
{
    private static readonly (string Path, HttpMethod Method, string Files, string Field)[] Routes =
    [
        ("/api/face/enrolment", HttpMethod.Put, "images", "ticket"),
        ("/api/verifications/{verificationId}/face", HttpMethod.Post, "frames", "sessionId"),
    ];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (path, method, files, field) in Routes)
        {
            if (document.Paths.TryGetValue(path, out var item) && item.Operations is { } operations
                && operations.TryGetValue(method, out var operation) && operation.RequestBody?.Content is { } content)
            {
                content[FaceUploadForm.ContentType] = new OpenApiMediaType { Schema = FormSchema(files, field) };
            }
        }
        return Task.CompletedTask;
    }

    private static OpenApiSchema FormSchema(string files, string field) => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { field },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            [files] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "PNG or JPEG files, in order",
                Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
            },
            [field] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };
}
