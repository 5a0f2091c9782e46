using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.PubSub;

namespace Platform.Risk.Handlers;

/// <summary>identity.security feeds account age, known devices, failed verifications and credential changes.</summary>
public sealed class SecurityEventsHandler(FeatureUpdater features) : ITopicHandler<SecurityEvent>
{
    public Task<TopicResponse> HandleAsync(TopicEvent<SecurityEvent> topicEvent, CancellationToken cancellationToken)
    {
        var security = topicEvent.Data;
        var change = SignalEvents.From(security, topicEvent.Id, features.TimeOf(security.At, topicEvent.Envelope));
        return features.ApplyAsync(Topics.IdentitySecurity, topicEvent.Id, security.UserId, change, cancellationToken);
    }
}
