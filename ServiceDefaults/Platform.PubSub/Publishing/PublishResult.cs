namespace Platform.PubSub;

/// <summary>What a publish produced: the CloudEvent id and the stream entry id Redis assigned.</summary>
public readonly record struct PublishResult(string EventId, string EntryId);
