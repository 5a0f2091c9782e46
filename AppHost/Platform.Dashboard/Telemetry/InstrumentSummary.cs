namespace Platform.Dashboard.Telemetry;

/// <summary>An instrument as listed for a resource.</summary>
public sealed record InstrumentSummary(TelemetrySource Source, string Scope, InstrumentDescriptor Descriptor, int SeriesCount, DateTimeOffset LastUpdated)
{
    public string Name => Descriptor.Name;
}
