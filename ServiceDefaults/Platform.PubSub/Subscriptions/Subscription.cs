using System.Text;
using System.Text.Json;
using Google.Protobuf;

namespace Platform.PubSub;

/// <summary>A topic, its dead-letter settings, and the typed handler behind an untyped entry point.</summary>
internal sealed class Subscription
{
    private static readonly JsonParser Json = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    private readonly Func<CloudEvent, Delivery, IServiceProvider, CancellationToken, Task<TopicResponse>> _invoke;

    private Subscription(string topic, string deadLetterTopic, int maxDeliveries, Func<CloudEvent, Delivery, IServiceProvider, CancellationToken, Task<TopicResponse>> invoke)
    {
        Topic = topic;
        DeadLetterTopic = deadLetterTopic;
        MaxDeliveries = maxDeliveries;
        _invoke = invoke;
    }

    public string Topic { get; }

    public string DeadLetterTopic { get; }

    public int MaxDeliveries { get; }

    public static Subscription Create<TData>(
        string topic,
        SubscriptionOptions subscriptionOptions,
        PubSubOptions options,
        Func<TopicEvent<TData>, CancellationToken, Task<TopicResponse>> handler)
        where TData : IMessage<TData>, new()
    {
        TopicName.Validate(topic, "topic name");
        var deadLetter = subscriptionOptions.DeadLetterTopic ?? $"{topic}.deadletter";
        TopicName.Validate(deadLetter, "dead-letter topic");
        if (deadLetter == topic)
        {
            throw new ArgumentException($"The dead-letter topic of '{topic}' cannot be the topic itself.");
        }
        var maxDeliveries = subscriptionOptions.MaxDeliveries ?? options.MaxDeliveries;
        if (maxDeliveries < 1)
        {
            throw new ArgumentException("MaxDeliveries must be at least 1.");
        }
        var parser = new MessageParser<TData>(() => new TData());
        return new Subscription(topic, deadLetter, maxDeliveries, (envelope, delivery, services, cancellationToken) =>
        {
            var data = ParseData(parser, envelope);
            var topicEvent = new TopicEvent<TData>(data, envelope, delivery.EntryId, delivery.DeliveryCount, ParseMetadata(delivery.Metadata), services);
            return handler(topicEvent, cancellationToken);
        });
    }

    /// <summary>Runs the handler; throws <see cref="MalformedEventException"/> if the payload is not a TData.</summary>
    public Task<TopicResponse> InvokeAsync(CloudEvent envelope, Delivery delivery, IServiceProvider services, CancellationToken cancellationToken) =>
        _invoke(envelope, delivery, services, cancellationToken);

    private static TData ParseData<TData>(MessageParser<TData> parser, CloudEvent envelope)
        where TData : IMessage<TData>, new()
    {
        try
        {
            if (envelope.DataBinary is { } binary)
            {
                return parser.ParseFrom(binary);
            }
            if (envelope.DataJson.IsEmpty)
            {
                throw new MalformedEventException($"Event {envelope.Id} carries no data.");
            }
            return Json.Parse<TData>(Encoding.UTF8.GetString(envelope.DataJson.Span));
        }
        catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            throw new MalformedEventException($"Event {envelope.Id} does not hold a {typeof(TData).Name}: {ex.GetType().Name}.", ex);
        }
    }

    private static IReadOnlyDictionary<string, string> ParseMetadata(byte[]? metadata)
    {
        if (metadata is null || metadata.Length == 0)
        {
            return new Dictionary<string, string>();
        }
        try
        {
            return JsonSerializer.Deserialize(metadata, PubSubJsonContext.Default.DictionaryStringString) ?? new Dictionary<string, string>();
        }
        catch (JsonException)
        {
            // Dapr also delivers the event when its metadata cannot be read.
            return new Dictionary<string, string>();
        }
    }
}
