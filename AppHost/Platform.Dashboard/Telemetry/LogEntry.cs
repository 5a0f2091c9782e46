using Microsoft.Extensions.Logging;

namespace Platform.Dashboard.Telemetry;

/// <summary>A structured log record as received over OTLP.</summary>
public sealed record LogEntry
{
    /// <summary>Order of arrival, numbered by the <see cref="LogStore"/> that keeps the entry.</summary>
    public long Sequence { get; internal set; }

    public required DateTimeOffset Timestamp { get; init; }

    public required TelemetrySource Source { get; init; }

    public required LogLevel Level { get; init; }

    /// <summary>OTLP severity number (1-24), 0 when unspecified.</summary>
    public int SeverityNumber { get; init; }

    public required string Message { get; init; }

    public AttributeList Attributes { get; init; } = AttributeList.Empty;

    public string? TraceId { get; init; }

    public string? SpanId { get; init; }

    public string Scope { get; init; } = "";

    public string? EventName { get; init; }
}
