namespace Platform.PubSub;

/// <summary>Handles the events of one topic; resolved from a fresh service scope for every delivery.</summary>
public interface ITopicHandler<TData>
{
    /// <summary>
    /// Processes one delivery. Handlers must be idempotent (deliveries are at least once): use the event id with
    /// <see cref="EventDeduplicator"/>. The token fires when the processing timeout passes or the host stops hard.
    /// </summary>
    Task<TopicResponse> HandleAsync(TopicEvent<TData> topicEvent, CancellationToken cancellationToken);
}
