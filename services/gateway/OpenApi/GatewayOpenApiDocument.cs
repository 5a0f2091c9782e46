using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Gateway.Authentication;

namespace Platform.Gateway.OpenApi;

/// <summary>Names the API and describes how to authenticate to it.</summary>
public sealed class GatewayOpenApiDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Credit cash withdrawal API",
            Version = "v1",
            Description = "Withdraw part of a credit line to a bank card, proving it is you. Errors are RFC 7807 problem details; " +
                          "money-moving requests need an Idempotency-Key.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[GatewaySchemes.Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
            Description = "The access token from /api/auth/login, /api/auth/register or /api/auth/refresh.",
        };
        document.Components.SecuritySchemes[GatewaySchemes.StepUp] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = StepUpTokenHandler.Header,
            Description = "The step-up token of a login from an untrusted device: only for that login's verification routes.",
        };
        document.Components.SecuritySchemes[GatewaySchemes.OperatorKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = OperatorKeyHandler.Header,
            Description = "An operator key from configuration: only for /api/admin routes.",
        };
        return Task.CompletedTask;
    }
}
