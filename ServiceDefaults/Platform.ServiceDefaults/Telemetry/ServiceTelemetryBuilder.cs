using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>
/// The SDK's builder extensions (WithTracing, WithMetrics, UseOtlpExporter) hang off this interface;
/// its usual entry point, services.AddOpenTelemetry(), lives in OpenTelemetry.Extensions.Hosting,
/// which cannot be restored here.
/// </summary>
internal sealed class ServiceTelemetryBuilder(IServiceCollection services) : IOpenTelemetryBuilder
{
    public IServiceCollection Services { get; } = services;
}
