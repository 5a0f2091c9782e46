namespace Platform.PubSub;

/// <summary>Per-topic settings of a subscription.</summary>
public sealed class SubscriptionOptions
{
    /// <summary>Where events go after <see cref="MaxDeliveries"/> failed deliveries; defaults to "{topic}.deadletter".</summary>
    public string? DeadLetterTopic { get; set; }

    /// <summary>Overrides <see cref="PubSubOptions.MaxDeliveries"/> for this topic.</summary>
    public int? MaxDeliveries { get; set; }
}
