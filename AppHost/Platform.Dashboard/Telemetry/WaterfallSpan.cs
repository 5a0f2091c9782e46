namespace Platform.Dashboard.Telemetry;

/// <summary>A span placed in its trace: nesting depth and offset from the trace's start.</summary>
public sealed record WaterfallSpan(SpanRecord Span, int Depth, TimeSpan Offset, bool HasMissingParent);
