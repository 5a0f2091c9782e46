namespace Platform.PubSub;

/// <summary>
/// A CloudEvent 1.0 envelope as Dapr writes it into the stream's <c>data</c> field: the context attributes plus
/// the payload, kept as raw JSON (<see cref="DataJson"/>) or, for binary payloads, decoded from data_base64.
/// </summary>
public sealed class CloudEvent
{
    /// <summary>The event id (a UUID unless the publisher chose one).</summary>
    public required string Id { get; init; }

    /// <summary>The publishing app id.</summary>
    public string? Source { get; init; }

    /// <summary>The event type; Dapr's default is com.dapr.event.sent.</summary>
    public string? Type { get; init; }

    /// <summary>"1.0".</summary>
    public string? SpecVersion { get; init; }

    /// <summary>The payload's content type, "application/json" for protobuf JSON payloads.</summary>
    public string? DataContentType { get; init; }

    /// <summary>The topic the event was published to.</summary>
    public string? Topic { get; init; }

    /// <summary>The pub/sub component name.</summary>
    public string? PubSubName { get; init; }

    /// <summary>The W3C traceparent of the publish span.</summary>
    public string? TraceParent { get; init; }

    /// <summary>The W3C tracestate, possibly empty.</summary>
    public string? TraceState { get; init; }

    /// <summary>When the event was published (RFC 3339 text as sent).</summary>
    public string? Time { get; init; }

    /// <summary>The raw JSON of the <c>data</c> attribute; empty if the event carries data_base64 or nothing.</summary>
    public ReadOnlyMemory<byte> DataJson { get; init; }

    /// <summary>The decoded data_base64 attribute, for binary payloads; null otherwise.</summary>
    public byte[]? DataBinary { get; init; }
}
