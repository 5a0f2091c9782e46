using Platform.Contracts.Events.V1;
using Platform.Notification.Domain.Delivery;
using Platform.PubSub;

namespace Platform.Notification.Handlers;

/// <summary>risk.alert → tells the user an operation on their account looked risky and was stopped.</summary>
public sealed class RiskAlertHandler(Notifier notifier, ILogger<RiskAlertHandler> logger) : ITopicHandler<RiskAlert>
{
    public const string TemplateKey = "risk.alert";

    public async Task<TopicResponse> HandleAsync(TopicEvent<RiskAlert> topicEvent, CancellationToken cancellationToken)
    {
        var alert = topicEvent.Data;
        if (string.IsNullOrEmpty(alert.UserId))
        {
            logger.LogWarning("Dropped risk alert {EventId}: no user id", topicEvent.Id);
            return TopicResponse.Drop;
        }
        await notifier.DeliverAsync(topicEvent.Id, alert.UserId, TemplateKey, _ => new Dictionary<string, string>
        {
            ["reasons"] = string.Join(", ", alert.ReasonCodes),
        });
        return TopicResponse.Success;
    }
}
