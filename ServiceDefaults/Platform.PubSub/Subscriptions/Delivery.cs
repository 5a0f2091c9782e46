namespace Platform.PubSub;

/// <summary>A stream entry handed to a worker, with how many times Redis has delivered it so far.</summary>
internal sealed record Delivery(string EntryId, byte[]? Data, byte[]? Metadata, int DeliveryCount);
