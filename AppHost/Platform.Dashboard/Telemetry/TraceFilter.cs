namespace Platform.Dashboard.Telemetry;

/// <summary>What the traces view asks for: traces touching a resource, whose span names or attributes contain a text.</summary>
public sealed record TraceFilter(string? Resource = null, string? Text = null, bool ErrorsOnly = false);
