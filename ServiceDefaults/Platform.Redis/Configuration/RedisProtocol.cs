namespace Platform.Redis;

/// <summary>The protocol version spoken on every connection.</summary>
public enum RedisProtocol
{
    /// <summary>RESP2, the default of every Redis server.</summary>
    Resp2 = 2,

    /// <summary>RESP3, negotiated with <c>HELLO 3</c> on connect (Redis 6 and later).</summary>
    Resp3 = 3,
}
