using Platform.Redis;

namespace Platform.PubSub;

/// <summary>
/// Makes a handler take effect once per event id although deliveries are at least once. Either claim the id
/// before the effect (<see cref="TryBeginAsync"/>, and <see cref="ForgetAsync"/> if the effect then fails), or —
/// better, when the effect is itself a Lua script — prepend <see cref="LuaFunction"/> to that script and guard the
/// effect with <c>pubsub_first_time(KEYS[k], ARGV[a])</c> using <see cref="KeyFor"/> and
/// <see cref="TtlMilliseconds"/>, so the mark and the effect commit together.
/// </summary>
public sealed class EventDeduplicator(IRedisClient redis, PubSubOptions options)
{
    /// <summary>Defines the local Lua function <c>pubsub_first_time(key, ttl_ms)</c>: true the first time only.</summary>
    public const string LuaFunction = """
        local function pubsub_first_time(key, ttl_ms)
          return redis.call('SET', key, '1', 'NX', 'PX', ttl_ms) ~= false
        end

        """;

    /// <summary>How long an id is remembered, in milliseconds.</summary>
    public long TtlMilliseconds => (long)options.DedupeTtl.TotalMilliseconds;

    /// <summary>The Redis key remembering <paramref name="eventId"/> for this app (and an optional scope).</summary>
    public string KeyFor(string eventId, string? scope = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return scope is null ? $"pubsub:dedupe:{options.AppId}:{eventId}" : $"pubsub:dedupe:{options.AppId}:{scope}:{eventId}";
    }

    /// <summary>SET key NX PX ttl: true if this is the first time the id is seen.</summary>
    public async ValueTask<bool> TryBeginAsync(string eventId, string? scope = null, CancellationToken cancellationToken = default) =>
        await redis.SetAsync(KeyFor(eventId, scope), "1", options.DedupeTtl, SetCondition.NotExists, cancellationToken).ConfigureAwait(false);

    /// <summary>Forgets the id, so a redelivery runs the handler again (call it when the effect failed).</summary>
    public async ValueTask ForgetAsync(string eventId, string? scope = null) =>
        await redis.DeleteAsync(KeyFor(eventId, scope)).ConfigureAwait(false);
}
