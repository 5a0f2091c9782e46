using Microsoft.Extensions.Options;
using Platform.Contracts.Events.V1;
using Platform.Notification.Domain.Delivery;
using Platform.Notification.Domain.Templates;
using Platform.Notification.Options;
using Platform.PubSub;

namespace Platform.Notification.Handlers;

/// <summary>withdrawal.completed / failed / rejected / review_required → the user's inbox and SMS (template = topic).</summary>
public sealed class WithdrawalEventHandler(
    Notifier notifier, TemplateCatalog templates, IOptions<NotificationOptions> options, TimeProvider time, ILogger<WithdrawalEventHandler> logger)
    : ITopicHandler<WithdrawalEvent>
{
    public async Task<TopicResponse> HandleAsync(TopicEvent<WithdrawalEvent> topicEvent, CancellationToken cancellationToken)
    {
        var withdrawal = topicEvent.Data;
        var topic = topicEvent.Envelope.Topic ?? "";
        if (string.IsNullOrEmpty(withdrawal.UserId) || !templates.Contains(topic))
        {
            logger.LogWarning("Dropped withdrawal event {EventId} on {Topic}: no user id or no template", topicEvent.Id, topic);
            return TopicResponse.Drop;
        }
        await notifier.DeliverAsync(topicEvent.Id, withdrawal.UserId, topic, locale => new Dictionary<string, string>
        {
            ["amount"] = MessageValues.Amount(withdrawal.AmountFen, locale),
            ["last4"] = withdrawal.CardLast4,
            ["reason"] = withdrawal.Reason,
            ["time"] = MessageValues.Time(withdrawal.At, options.Value.DisplayUtcOffset, time.GetUtcNow()),
        });
        return TopicResponse.Success;
    }
}
