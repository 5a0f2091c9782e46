namespace Platform.Hosting.Orchestration;

/// <summary>Where services send telemetry: the dashboard's OTLP endpoint for the chosen protocol.</summary>
internal sealed record OtlpTarget(string Endpoint, string Protocol);
