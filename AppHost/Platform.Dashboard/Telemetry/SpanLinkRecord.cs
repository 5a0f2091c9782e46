namespace Platform.Dashboard.Telemetry;

/// <summary>A link from a span to a span of another (or the same) trace.</summary>
public sealed record SpanLinkRecord(string TraceId, string SpanId, AttributeList Attributes);
