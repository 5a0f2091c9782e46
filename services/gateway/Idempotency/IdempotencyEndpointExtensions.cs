using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;

namespace Platform.Gateway.Idempotency;

public static class IdempotencyEndpointExtensions
{
    /// <summary>Requires an <c>Idempotency-Key</c> header: one execution per user and key, its response replayed.</summary>
    public static RouteHandlerBuilder RequireIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotencyKeyRequired.Instance)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = IdempotencyKey.Header,
                    In = ParameterLocation.Header,
                    Required = true,
                    Description = "A unique key per money-moving request (1-64 of A-Z a-z 0-9 - _ . :). " +
                                  "Repeating it with the same body replays the first response.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyKey.MaxLength },
                });
                return Task.CompletedTask;
            });
}
