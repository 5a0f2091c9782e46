namespace Platform.PubSub;

/// <summary>One delivery of an event to a handler: the typed payload plus the envelope it came in.</summary>
public sealed class TopicEvent<TData>
{
    internal TopicEvent(TData data, CloudEvent envelope, string entryId, int deliveryAttempt, IReadOnlyDictionary<string, string> metadata, IServiceProvider services)
    {
        Data = data;
        Envelope = envelope;
        EntryId = entryId;
        DeliveryAttempt = deliveryAttempt;
        Metadata = metadata;
        Services = services;
    }

    /// <summary>The payload.</summary>
    public TData Data { get; }

    /// <summary>The CloudEvent id: the same on every redelivery, so use it to deduplicate.</summary>
    public string Id => Envelope.Id;

    /// <summary>The whole envelope (source, type, time, traceparent, raw data...).</summary>
    public CloudEvent Envelope { get; }

    /// <summary>The stream entry id.</summary>
    public string EntryId { get; }

    /// <summary>1 for the first delivery, then 2, 3, ... across retries, reclaims and restarts.</summary>
    public int DeliveryAttempt { get; }

    /// <summary>The metadata the publisher attached.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>A service scope created for this delivery.</summary>
    public IServiceProvider Services { get; }
}
