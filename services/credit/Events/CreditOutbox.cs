using Platform.Contracts;
using Platform.Contracts.Events.V1;
using Platform.PubSub;

namespace Platform.Credit.Events;

/// <summary>
/// The pub/sub library's outbox envelopes for the credit topics. A script fills in what only it knows (the event
/// id of the transition and the CreditEvent data) and appends the event with <c>pubsub_publish</c> in the same
/// atomic step as the change.
/// </summary>
public sealed class CreditOutbox(IPubSubClient pubSub)
{
    public OutboxMessage Template(string topic) => pubSub.CreateOutboxMessage(Topics.PubSubName, topic, new CreditEvent());
}
