using System.Diagnostics;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.ServiceDefaults.Security;
using Platform.Withdrawal.Configuration;

namespace Platform.Withdrawal.Events;

/// <summary>
/// Wraps an event in a CloudEvent 1.0 envelope the way Dapr's pubsub.redis does (id, source = this service, type,
/// topic, pub/sub name, trace context, time, data = the protobuf JSON form) and lays it out as the arguments of
/// <c>XADD &lt;topic&gt; MAXLEN ~ n * data &lt;envelope&gt;</c> for a saga script to append.
/// </summary>
public sealed class OutboxEncoder(CallerMetadata caller, IOptions<WithdrawalOptions> options, TimeProvider time)
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

    public OutboxEvent Encode(string topic, IMessage message)
    {
        var envelope = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = Guid.NewGuid().ToString(),
            ["source"] = caller.ServiceName,
            ["type"] = "com.dapr.event.sent",
            ["datacontenttype"] = "application/json",
            ["topic"] = topic,
            ["pubsubname"] = Topics.PubSubName,
            ["time"] = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["data"] = JsonNode.Parse(Formatter.Format(message)),
        };
        if (Activity.Current is { } activity)
        {
            envelope["traceparent"] = activity.Id;
            envelope["tracestate"] = activity.TraceStateString ?? "";
        }
        return new OutboxEvent(topic, ["MAXLEN", "~", options.Value.EventStreamMaxLength, "*", "data", envelope.ToJsonString()]);
    }
}
