namespace Platform.Dashboard.Telemetry;

/// <summary>One span as received over OTLP; ids are lower-case hex.</summary>
public sealed record SpanRecord
{
    public required string TraceId { get; init; }

    public required string SpanId { get; init; }

    public string? ParentSpanId { get; init; }

    public required string Name { get; init; }

    /// <summary>"Server", "Client", "Internal", "Producer", "Consumer" or "Unspecified".</summary>
    public string Kind { get; init; } = "Internal";

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public required TelemetrySource Source { get; init; }

    public string Scope { get; init; } = "";

    /// <summary>"Unset", "Ok" or "Error".</summary>
    public string Status { get; init; } = "Unset";

    public string? StatusMessage { get; init; }

    public AttributeList Attributes { get; init; } = AttributeList.Empty;

    public IReadOnlyList<SpanEventRecord> Events { get; init; } = [];

    public IReadOnlyList<SpanLinkRecord> Links { get; init; } = [];

    public TimeSpan Duration => End > Start ? End - Start : TimeSpan.Zero;

    public bool IsError => Status == "Error";
}
