using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Platform.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Every platform library names its ActivitySource and Meter "Platform.…".</summary>
    public const string PlatformSources = "Platform.*";

    /// <summary>.NET's built-in instrumentation; OpenTelemetry.Instrumentation.* cannot be restored here.</summary>
    public static readonly string[] BuiltInActivitySources = ["Microsoft.AspNetCore", "System.Net.Http"];

    public static readonly string[] BuiltInMeters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime"];

    /// <summary>
    /// Traces, metrics and logs, exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. The SDK reads
    /// the rest of the standard variables itself (protocol, service name, resource attributes, export intervals).
    /// </summary>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = new ServiceTelemetryBuilder(builder.Services)
            .WithTracing(tracing => tracing
                .AddSource(BuiltInActivitySources)
                .AddSource(PlatformSources))
            .WithMetrics(metrics => metrics
                .AddMeter(BuiltInMeters)
                .AddMeter(PlatformSources));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        builder.Services.AddHostedService<TelemetryStartup>();
        return builder;
    }
}
