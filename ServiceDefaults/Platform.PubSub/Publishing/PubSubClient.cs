using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Platform.Redis;

namespace Platform.PubSub;

/// <summary>
/// Publishes with <c>XADD topic MAXLEN ~ n * data &lt;CloudEvent JSON&gt; metadata &lt;JSON&gt;</c>, the entry
/// layout of Dapr's pubsub.redis component.
/// </summary>
public sealed class PubSubClient(IRedisClient redis, PubSubOptions options, TimeProvider timeProvider) : IPubSubClient
{
    private const string IdOverride = "cloudevent.id";
    private const string TypeOverride = "cloudevent.type";
    private static readonly byte[] EmptyMetadata = "{}"u8.ToArray();

    private readonly RedisArg _maxLen = options.MaxLenApprox ?? 0;

    /// <inheritdoc />
    public async ValueTask<PublishResult> PublishEventAsync<TData>(
        string pubsubName,
        string topicName,
        TData data,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken cancellationToken = default)
        where TData : IMessage
    {
        using var activity = PubSubTelemetry.StartPublish(topicName, "publish");
        var message = Build(pubsubName, topicName, data, metadata, activity);
        activity?.SetTag("messaging.message.id", message.EventId);
        try
        {
            var entryId = options.MaxLenApprox is null
                ? await redis.ExecuteAsync("XADD", [topicName, "*", "data", message.Data, "metadata", message.Metadata], cancellationToken).ConfigureAwait(false)
                : await redis.ExecuteAsync("XADD", [topicName, "MAXLEN", "~", _maxLen, "*", "data", message.Data, "metadata", message.Metadata], cancellationToken).ConfigureAwait(false);
            PubSubTelemetry.Published.Add(1, PubSubTelemetry.Tags(topicName));
            return new PublishResult(message.EventId, entryId.AsString()!);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }

    /// <inheritdoc />
    public OutboxMessage CreateOutboxMessage<TData>(
        string pubsubName,
        string topicName,
        TData data,
        IReadOnlyDictionary<string, string>? metadata = null)
        where TData : IMessage
    {
        using var activity = PubSubTelemetry.StartPublish(topicName, "create");
        var message = Build(pubsubName, topicName, data, metadata, activity);
        activity?.SetTag("messaging.message.id", message.EventId);
        return message;
    }

    private OutboxMessage Build<TData>(string pubsubName, string topicName, TData data, IReadOnlyDictionary<string, string>? metadata, Activity? activity)
        where TData : IMessage
    {
        if (!string.Equals(pubsubName, options.PubSubName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Unknown pub/sub component '{pubsubName}'; this app has '{options.PubSubName}'.", nameof(pubsubName));
        }
        TopicName.Validate(topicName, "topic name");
        ArgumentNullException.ThrowIfNull(data);

        var eventId = metadata?.GetValueOrDefault(IdOverride) is { Length: > 0 } chosenId ? chosenId : EventIds.NewId();
        var type = metadata?.GetValueOrDefault(TypeOverride) is { Length: > 0 } chosenType ? chosenType : CloudEventWriter.DefaultType;
        var (traceParent, traceState) = TraceContext(activity);
        var dataJson = Encoding.UTF8.GetBytes(JsonFormatter.Default.Format(data));
        var envelope = CloudEventWriter.Write(
            eventId, options.AppId, type, topicName, pubsubName, traceParent, traceState, timeProvider.GetUtcNow(), dataJson);
        var maxLen = options.MaxLenApprox?.ToString(CultureInfo.InvariantCulture) ?? "";
        return new OutboxMessage(eventId, topicName, maxLen, envelope, SerializeMetadata(metadata));
    }

    /// <summary>The publish span's context, or a fresh one when nobody records spans (Dapr always sends one).</summary>
    private static (string TraceParent, string TraceState) TraceContext(Activity? activity)
    {
        if (activity is not null)
        {
            return (activity.Id!, activity.TraceStateString ?? "");
        }
        var current = Activity.Current;
        var traceId = current?.TraceId ?? ActivityTraceId.CreateRandom();
        var flags = current is not null && current.Recorded ? "01" : "00";
        return ($"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-{flags}", current?.TraceStateString ?? "");
    }

    private static byte[] SerializeMetadata(IReadOnlyDictionary<string, string>? metadata) =>
        metadata is null || metadata.Count == 0
            ? EmptyMetadata
            : JsonSerializer.SerializeToUtf8Bytes(
                new SortedDictionary<string, string>(metadata.ToDictionary(), StringComparer.Ordinal),
                PubSubJsonContext.Default.SortedDictionaryStringString);
}
