namespace Platform.Dashboard.Telemetry;

/// <summary>A timestamped event inside a span, such as a recorded exception.</summary>
public sealed record SpanEventRecord(string Name, DateTimeOffset Timestamp, AttributeList Attributes);
