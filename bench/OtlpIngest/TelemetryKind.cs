namespace Platform.Bench.OtlpIngest;

internal enum TelemetryKind
{
    Traces,
    Logs,
}
