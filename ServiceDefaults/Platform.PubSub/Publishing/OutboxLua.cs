namespace Platform.PubSub;

/// <summary>
/// Lua for a transactional outbox with no relay: a service prepends <see cref="PublishFunction"/> to its own
/// script and calls <c>pubsub_publish(stream, maxlen, data, metadata)</c> next to its state change, with the
/// values of an <see cref="OutboxMessage"/>. Redis runs the script atomically, so state and event commit together
/// or not at all, and the entry is byte for byte what <see cref="IPubSubClient.PublishEventAsync"/> writes.
/// </summary>
public static class OutboxLua
{
    /// <summary>Defines the local Lua function <c>pubsub_publish</c>; returns the new entry id.</summary>
    public const string PublishFunction = """
        local function pubsub_publish(stream, maxlen, data, metadata)
          if maxlen ~= '' then
            return redis.call('XADD', stream, 'MAXLEN', '~', maxlen, '*', 'data', data, 'metadata', metadata)
          end
          return redis.call('XADD', stream, '*', 'data', data, 'metadata', metadata)
        end

        """;
}
