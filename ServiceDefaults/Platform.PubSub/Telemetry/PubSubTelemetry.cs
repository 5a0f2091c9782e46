using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.PubSub;

/// <summary>
/// Spans and metrics of the pub/sub building block. A publish span (producer) writes its context into the
/// CloudEvent's traceparent; the process span (consumer) of every subscriber continues that trace.
/// </summary>
public static class PubSubTelemetry
{
    /// <summary>The ActivitySource name to register with OpenTelemetry tracing.</summary>
    public const string ActivitySourceName = "Platform.PubSub";

    /// <summary>The Meter name to register with OpenTelemetry metrics.</summary>
    public const string MeterName = "Platform.PubSub";

    internal const string MessagingSystem = "redis";

    internal static readonly ActivitySource Source = new(ActivitySourceName);

    internal static readonly Meter Meter = new(MeterName);

    internal static readonly Counter<long> Published = Meter.CreateCounter<long>("pubsub.published", "{event}", "Events appended to a topic.");

    internal static readonly Counter<long> Delivered = Meter.CreateCounter<long>("pubsub.delivered", "{event}", "Events a handler processed successfully (then acknowledged).");

    internal static readonly Counter<long> Retried = Meter.CreateCounter<long>("pubsub.retried", "{event}", "Handler attempts that failed and will be retried.");

    internal static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>("pubsub.dead_lettered", "{event}", "Events moved to a dead-letter topic.");

    internal static readonly Counter<long> Dropped = Meter.CreateCounter<long>("pubsub.dropped", "{event}", "Events a handler asked to drop.");

    internal static readonly Histogram<double> ProcessDuration = Meter.CreateHistogram<double>(
        "pubsub.process.duration", "s", "Time a handler took for one delivery.");

    private static readonly ConcurrentDictionary<(string Topic, string Group), (long? Lag, long Pending)> ConsumerState = new();

    static PubSubTelemetry()
    {
        Meter.CreateObservableGauge("pubsub.consumer.lag", () => Observe(state => state.Lag), "{event}",
            "Entries of the topic not yet delivered to the consumer group (XINFO GROUPS lag).");
        Meter.CreateObservableGauge("pubsub.consumer.pending", () => Observe(state => state.Pending), "{event}",
            "Entries delivered to the consumer group but not acknowledged (XINFO GROUPS pending).");
    }

    internal static void RecordConsumerState(string topic, string group, long? lag, long pending) =>
        ConsumerState[(topic, group)] = (lag, pending);

    internal static TagList Tags(string topic, string? group = null)
    {
        var tags = new TagList { { "messaging.system", MessagingSystem }, { "messaging.destination.name", topic } };
        if (group is not null)
        {
            tags.Add("messaging.consumer.group.name", group);
        }
        return tags;
    }

    internal static Activity? StartPublish(string topic, string operation)
    {
        var activity = Source.StartActivity($"{operation} {topic}", ActivityKind.Producer);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("messaging.system", MessagingSystem);
            activity.SetTag("messaging.destination.name", topic);
            activity.SetTag("messaging.operation.type", operation == "publish" ? "send" : "create");
            activity.SetTag("messaging.operation.name", operation);
        }
        return activity;
    }

    internal static Activity? StartProcess(string topic, string group, string eventId, string? traceParent, string? traceState)
    {
        ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var producer);
        var activity = Source.StartActivity($"process {topic}", ActivityKind.Consumer, producer);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("messaging.system", MessagingSystem);
            activity.SetTag("messaging.destination.name", topic);
            activity.SetTag("messaging.consumer.group.name", group);
            activity.SetTag("messaging.operation.type", "process");
            activity.SetTag("messaging.message.id", eventId);
        }
        return activity;
    }

    private static IEnumerable<Measurement<long>> Observe(Func<(long? Lag, long Pending), long?> select)
    {
        foreach (var ((topic, group), state) in ConsumerState)
        {
            if (select(state) is { } value)
            {
                yield return new Measurement<long>(value, Tags(topic, group));
            }
        }
    }
}
