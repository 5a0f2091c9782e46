using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Platform.Gateway.Authentication;
using Platform.Gateway.Downstream;
using Platform.Gateway.Endpoints.Admin;
using Platform.Gateway.Extensions;
using Platform.Gateway.Idempotency;
using Platform.Gateway.OpenApi;
using Platform.Gateway.Problems;
using Platform.Gateway.RateLimiting;
using Platform.Gateway.Telemetry;
using Platform.Redis;

namespace Microsoft.Extensions.Hosting;

public static class GatewayServicesExtensions
{
    /// <summary>
    /// The gateway's parts: typed gRPC clients for every service, authentication, rate limits, the
    /// Idempotency-Key store in Redis, strict JSON with field-level validation, problem details and OpenAPI.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.AddRedisClient("redis");
        services.Configure<DownstreamOptions>(configuration.GetSection(DownstreamOptions.Section));
        services.AddServiceClients(configuration);
        services.AddSingleton<ServiceCalls>();

        services.AddGatewayAuthentication(configuration);
        services.Configure<GatewayRateLimitOptions>(configuration.GetSection(GatewayRateLimitOptions.Section));
        services.AddGatewayRateLimits();
        services.Configure<IdempotencyOptions>(configuration.GetSection(IdempotencyOptions.Section));
        services.AddSingleton<IdempotencyStore>();
        services.Configure<AdminOptions>(configuration.GetSection(AdminOptions.Section));
        services.AddSingleton<GatewayMetrics>();

        services.AddStrictJson();
        services.AddValidation();
        services.AddExceptionHandler<GatewayExceptionHandler>();
        services.Configure<ExceptionHandlerOptions>(o => o.SuppressDiagnosticsCallback = c => GatewayExceptionHandler.IsExpected(c.Exception));
        services.Configure<ProblemDetailsOptions>(o => o.CustomizeProblemDetails = ProblemDetailsShape.Apply);
        services.Configure<GatewayOptions>(configuration.GetSection(GatewayOptions.Section));
        var limits = configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        services.AddOpenApi(o => o.AddDocumentTransformer<GatewayOpenApiDocument>().AddDocumentTransformer<FaceUploadFormDocument>());
        return builder;
    }

    /// <summary>
    /// JSON that refuses what it does not understand: unknown fields, numbers sent as strings, enum values
    /// given as numbers or unknown names. Whatever the binder cannot read surfaces as a 400 problem (see
    /// <see cref="RequestProblems"/>) instead of a silent default.
    /// </summary>
    private static void AddStrictJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
    }
}
