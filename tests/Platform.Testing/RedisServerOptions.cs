namespace Platform.Testing;

/// <summary>How a test's <see cref="RedisServer"/> is configured.</summary>
public sealed record RedisServerOptions
{
    /// <summary>
    /// The AOF fsync policy: "everysec" (default) or "always", for tests that kill the server and must not lose
    /// anything it acknowledged.
    /// </summary>
    public string AppendFsync { get; init; } = "everysec";

    /// <summary>A password to require (sets requirepass); null for none.</summary>
    public string? Password { get; init; }

    /// <summary>Allows the DEBUG command (used to exercise every RESP3 reply type).</summary>
    public bool EnableDebugCommand { get; init; } = true;

    /// <summary>Further "--name value" arguments passed to redis-server as they are.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <summary>How long to wait for the server to answer PING after it starts.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
