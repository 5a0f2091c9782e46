using Google.Protobuf.WellKnownTypes;
using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.PubSub;

namespace Platform.Risk.Events;

/// <summary>
/// risk.alert events as the pub/sub library's outbox messages, for the scripts that append them next to the change
/// they report (a decision recorded, a case opened or resolved).
/// </summary>
public sealed class RiskAlertEvents(IPubSubClient pubSub, TimeProvider time)
{
    public OutboxMessage Create(string userId, string operationId, string decision, double score, IEnumerable<string> reasonCodes, string caseId)
    {
        var alert = new RiskAlert
        {
            UserId = userId, OperationId = operationId, Decision = decision, Score = score, CaseId = caseId,
            At = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
        };
        alert.ReasonCodes.AddRange(reasonCodes);
        return pubSub.CreateOutboxMessage(Topics.PubSubName, Topics.RiskAlert, alert);
    }
}
