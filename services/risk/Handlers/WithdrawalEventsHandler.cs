using Platform.Contracts.Events.V1;
using Platform.PubSub;

namespace Platform.Risk.Handlers;

/// <summary>withdrawal.created feeds velocity; withdrawal.completed feeds the amount history and known devices.</summary>
public sealed class WithdrawalEventsHandler(FeatureUpdater features) : ITopicHandler<WithdrawalEvent>
{
    public Task<TopicResponse> HandleAsync(TopicEvent<WithdrawalEvent> topicEvent, CancellationToken cancellationToken)
    {
        var topic = topicEvent.Envelope.Topic ?? "";
        var withdrawal = topicEvent.Data;
        var change = SignalEvents.From(topic, withdrawal, features.TimeOf(withdrawal.At, topicEvent.Envelope));
        return features.ApplyAsync(topic, topicEvent.Id, withdrawal.UserId, change, cancellationToken);
    }
}
