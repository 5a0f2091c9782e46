using Google.Protobuf;

namespace Platform.PubSub;

/// <summary>
/// Publishes events the way Dapr's <c>DaprClient.PublishEventAsync</c> does, straight to Redis Streams (there
/// is no sidecar): the payload is a protobuf message written as JSON inside a CloudEvent 1.0 envelope.
/// </summary>
public interface IPubSubClient
{
    /// <summary>
    /// Appends the event to the topic's stream and returns once Redis has it. Metadata is stored beside the
    /// envelope as Dapr does; the keys "cloudevent.id" and "cloudevent.type" override the generated id and
    /// the default type. Throws <see cref="ArgumentException"/> for an unknown pubsub name or a bad topic.
    /// </summary>
    ValueTask<PublishResult> PublishEventAsync<TData>(
        string pubsubName,
        string topicName,
        TData data,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken cancellationToken = default)
        where TData : IMessage;

    /// <summary>
    /// Builds the same event without sending it, for a service's own Lua script to append with
    /// <see cref="OutboxLua.PublishFunction"/> in the same atomic step as its state change.
    /// </summary>
    OutboxMessage CreateOutboxMessage<TData>(
        string pubsubName,
        string topicName,
        TData data,
        IReadOnlyDictionary<string, string>? metadata = null)
        where TData : IMessage;
}
