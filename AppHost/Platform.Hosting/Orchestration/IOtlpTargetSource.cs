namespace Platform.Hosting.Orchestration;

/// <summary>Where services should send telemetry, or null when nothing collects it (dashboard disabled).</summary>
internal interface IOtlpTargetSource
{
    OtlpTarget? GetTarget();
}
