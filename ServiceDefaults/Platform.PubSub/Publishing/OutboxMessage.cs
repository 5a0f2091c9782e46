using Platform.Redis;

namespace Platform.PubSub;

/// <summary>
/// An event ready to be appended by a Lua script: the stream key (the topic), the MAXLEN ~ bound ("" for none),
/// and the exact <c>data</c> and <c>metadata</c> field values a publish would write.
/// </summary>
public sealed class OutboxMessage
{
    internal OutboxMessage(string eventId, string streamKey, string maxLenApprox, byte[] data, byte[] metadata)
    {
        EventId = eventId;
        StreamKey = streamKey;
        MaxLenApprox = maxLenApprox;
        Data = data;
        Metadata = metadata;
    }

    /// <summary>The CloudEvent id.</summary>
    public string EventId { get; }

    /// <summary>The stream key, which is the topic name; pass it in KEYS.</summary>
    public string StreamKey { get; }

    /// <summary>The approximate maximum length as text, or "" for no trimming.</summary>
    public string MaxLenApprox { get; }

    /// <summary>The CloudEvent JSON.</summary>
    public byte[] Data { get; }

    /// <summary>The metadata JSON object.</summary>
    public byte[] Metadata { get; }

    /// <summary>
    /// Appends the stream key to <paramref name="keys"/> and maxlen, data, metadata (in that order) to
    /// <paramref name="args"/>, matching <c>pubsub_publish(KEYS[k], ARGV[a], ARGV[a+1], ARGV[a+2])</c>.
    /// </summary>
    public void AppendTo(List<RedisArg> keys, List<RedisArg> args)
    {
        keys.Add(StreamKey);
        args.Add(MaxLenApprox);
        args.Add(Data);
        args.Add(Metadata);
    }
}
