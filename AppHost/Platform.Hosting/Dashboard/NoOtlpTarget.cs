using Platform.Hosting.Orchestration;

namespace Platform.Hosting.Dashboard;

/// <summary>Without the dashboard nothing collects telemetry, so services get no OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
internal sealed class NoOtlpTarget : IOtlpTargetSource
{
    public OtlpTarget? GetTarget() => null;
}
