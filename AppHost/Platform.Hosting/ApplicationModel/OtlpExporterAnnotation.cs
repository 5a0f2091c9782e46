namespace Aspire.Hosting.ApplicationModel;

/// <summary>The resource exports telemetry: it receives the OTEL_* environment pointing at the dashboard.</summary>
public sealed class OtlpExporterAnnotation : IResourceAnnotation;
