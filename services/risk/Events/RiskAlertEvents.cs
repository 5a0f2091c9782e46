using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.ServiceDefaults.Security;

namespace Platform.Risk.Events;

/// <summary>
/// Builds risk.alert CloudEvents (data = the protobuf JSON of <see cref="RiskAlert"/>) for the scripts that write
/// them next to the change they report.
/// </summary>
public sealed class RiskAlertEvents(CallerMetadata caller, TimeProvider time)
{
    public string Create(string userId, string operationId, string decision, double score, IEnumerable<string> reasonCodes, string caseId)
    {
        var now = time.GetUtcNow();
        var alert = new RiskAlert
        {
            UserId = userId, OperationId = operationId, Decision = decision, Score = score, CaseId = caseId,
            At = Timestamp.FromDateTimeOffset(now),
        };
        alert.ReasonCodes.AddRange(reasonCodes);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", Guid.NewGuid().ToString());
            json.WriteString("source", caller.ServiceName);
            json.WriteString("type", "com.dapr.event.sent");
            json.WriteString("datacontenttype", "application/json");
            json.WriteString("topic", Topics.RiskAlert);
            json.WriteString("pubsubname", Topics.PubSubName);
            json.WriteString("time", now.UtcDateTime.ToString("O"));
            if (Activity.Current is { } activity)
            {
                json.WriteString("traceparent", activity.Id);
                json.WriteString("tracestate", activity.TraceStateString ?? "");
            }
            json.WritePropertyName("data");
            json.WriteRawValue(JsonFormatter.Default.Format(alert));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
