using Google.Protobuf.WellKnownTypes;
using Platform.Redis;

namespace Platform.PubSub.Consumer;

/// <summary>
/// Applies each event's effect once (guarded by the dedupe mark in the same Lua script) and counts every
/// delivery, per event and per instance, so tests can tell "delivered" from "took effect" and who did the work.
/// </summary>
public sealed class RecordingHandler(IRedisClient redis, EventDeduplicator dedupe, ConsumerSettings settings) : ITopicHandler<StringValue>
{
    private static readonly LuaScript Apply = new(EventDeduplicator.LuaFunction + """
        if pubsub_first_time(KEYS[1], ARGV[1]) then
          redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
        end
        redis.call('HINCRBY', KEYS[3], ARGV[2], 1)
        redis.call('HINCRBY', KEYS[4], ARGV[3], 1)
        return 1
        """);

    public async Task<TopicResponse> HandleAsync(TopicEvent<StringValue> topicEvent, CancellationToken cancellationToken)
    {
        if (settings.HandlerDelayMs > 0)
        {
            await Task.Delay(settings.HandlerDelayMs, cancellationToken);
        }
        await Apply.EvaluateAsync(
            redis,
            [dedupe.KeyFor(topicEvent.Id), $"effects:{settings.Topic}", $"deliveries:{settings.Topic}", $"by-instance:{settings.Topic}"],
            [dedupe.TtlMilliseconds, topicEvent.Data.Value, settings.InstanceId],
            cancellationToken);
        return TopicResponse.Success;
    }
}
