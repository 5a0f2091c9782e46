namespace Platform.Dashboard.Telemetry;

/// <summary>Who sent telemetry: OTLP resource attributes service.name and service.instance.id.</summary>
public sealed record TelemetrySource(string ServiceName, string InstanceId)
{
    /// <summary>True when a filter value names this source: its service (all replicas) or one instance.</summary>
    public bool Matches(string? resource) =>
        string.IsNullOrEmpty(resource) || resource == ServiceName || resource == InstanceId;

    public override string ToString() => InstanceId == ServiceName ? ServiceName : $"{ServiceName} ({InstanceId})";
}
