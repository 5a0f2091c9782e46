using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Security;
using Platform.ServiceDefaults.Telemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every service gets, in the shape of Aspire's ServiceDefaults: telemetry exported over OTLP,
/// health checks, problem details, and configuration from the environment the app host injects.
/// </summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddInternalCallSecurity();
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>Maps <c>/health</c> (every check: ready to take traffic) and <c>/alive</c> (liveness only).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseMiddleware<HealthProbeTraceSuppression>();
        app.UseMiddleware<ServerSpanEnrichment>();
        app.MapHealthEndpoints();
        return app;
    }
}
