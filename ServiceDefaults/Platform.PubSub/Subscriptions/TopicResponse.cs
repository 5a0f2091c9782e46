namespace Platform.PubSub;

/// <summary>What a handler tells the subscriber to do with an event, as Dapr's SUCCESS / RETRY / DROP.</summary>
public enum TopicResponse
{
    /// <summary>Processed: acknowledge it.</summary>
    Success,

    /// <summary>Failed for now: deliver it again after a backoff (a thrown exception means the same).</summary>
    Retry,

    /// <summary>Never process it: acknowledge it without effect and count it as dropped.</summary>
    Drop,
}
