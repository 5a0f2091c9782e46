using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.PubSub;

namespace Platform.Credit.Events;

/// <summary>
/// The pub/sub library's outbox envelope for each credit topic, built once. A script fills in what belongs to one
/// event — the id of the transition, the time, the trace context and the CreditEvent data — and appends it with
/// <c>pubsub_publish</c> in the same atomic step as the change.
/// </summary>
public sealed class CreditOutbox(IPubSubClient pubSub)
{
    private readonly ConcurrentDictionary<string, OutboxMessage> _templates = new(StringComparer.Ordinal);

    public OutboxMessage Template(string topic) =>
        _templates.GetOrAdd(topic, name => pubSub.CreateOutboxMessage(Topics.PubSubName, name, new CreditEvent()));

    /// <summary>The CloudEvent time as Dapr writes it: RFC 3339, whole seconds, UTC.</summary>
    public static string EventTime(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The current trace context for the event (a fresh one when nothing is being traced, as Dapr always sends one).</summary>
    public static (string TraceParent, string TraceState) TraceContext()
    {
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } current) return (current.Id!, current.TraceStateString ?? "");
        return ($"00-{ActivityTraceId.CreateRandom().ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-00", "");
    }
}
