using System.Diagnostics;
using System.Text.Json;
using Platform.Contracts;
using Platform.ServiceDefaults.Security;

namespace Platform.Credit.Events;

/// <summary>
/// The CloudEvent attributes that do not depend on the change itself (source, type, pub/sub name, trace context).
/// The scripts add id, topic, time and data, then XADD the event next to the state change.
/// </summary>
public sealed class CreditEventEnvelope(CallerMetadata caller)
{
    public string StaticAttributesJson()
    {
        var activity = Activity.Current;
        var attributes = new Dictionary<string, string>
        {
            ["specversion"] = "1.0",
            ["type"] = "com.dapr.event.sent",
            ["source"] = caller.ServiceName,
            ["datacontenttype"] = "application/json",
            ["pubsubname"] = Topics.PubSubName,
        };
        if (activity is not null)
        {
            attributes["traceparent"] = activity.Id ?? "";
            attributes["traceid"] = activity.Id ?? "";
            attributes["tracestate"] = activity.TraceStateString ?? "";
        }
        return JsonSerializer.Serialize(attributes);
    }
}
