namespace Platform.Redis;

/// <summary>
/// How the client connects. Usually built from an Aspire / StackExchange.Redis style connection string with
/// <see cref="RedisConnectionString.Parse"/>: <c>127.0.0.1:6379,password=…,defaultDatabase=2,connectTimeout=5000,syncTimeout=5000</c>.
/// </summary>
public sealed class RedisOptions
{
    /// <summary>The single server this client talks to (no cluster, no sentinel).</summary>
    public RedisEndpoint Endpoint { get; set; } = new("127.0.0.1", 6379);

    /// <summary>The ACL user for AUTH; null for the default user.</summary>
    public string? User { get; set; }

    /// <summary>The password for AUTH; null for none. Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>The database every connection SELECTs (0 by default).</summary>
    public int Database { get; set; }

    /// <summary>
    /// How long opening a connection (TCP connect plus handshake) may take, and also how long a command issued while
    /// the client is (re)connecting waits for the connection before it fails with <see cref="RedisConnectionException"/>.
    /// </summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a command waits for its reply before it fails with <see cref="RedisTimeoutException"/>.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>RESP2 (default) or RESP3.</summary>
    public RedisProtocol Protocol { get; set; } = RedisProtocol.Resp2;

    /// <summary>The name set with CLIENT SETNAME (visible in CLIENT LIST); null for none.</summary>
    public string? ClientName { get; set; }

    /// <summary>The first delay before reconnecting after a connection is lost; it doubles up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest delay between two reconnection attempts.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many idle dedicated connections (for blocking commands) are kept open for reuse.</summary>
    public int MaxIdleDedicatedConnections { get; set; } = 16;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Endpoint.Host) || Endpoint.Port is <= 0 or > 65535)
        {
            throw new ArgumentException($"Invalid Redis endpoint '{Endpoint}'.");
        }
        if (Database < 0)
        {
            throw new ArgumentException("The Redis database index cannot be negative.");
        }
        if (ConnectTimeout <= TimeSpan.Zero || CommandTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("Redis connect and command timeouts must be positive.");
        }
        if (ReconnectMinDelay <= TimeSpan.Zero || ReconnectMaxDelay < ReconnectMinDelay)
        {
            throw new ArgumentException("Redis reconnect delays must be positive and the maximum at least the minimum.");
        }
        if (MaxIdleDedicatedConnections < 0)
        {
            throw new ArgumentException("MaxIdleDedicatedConnections cannot be negative.");
        }
    }
}
