namespace Platform.PubSub;

/// <summary>The entry cannot be turned into the subscription's message type; retrying will not help.</summary>
internal sealed class MalformedEventException(string message, Exception? inner = null) : Exception(message, inner);
