namespace Platform.Redis;

/// <summary>
/// A client for one Redis server, safe for any number of concurrent callers. Ordinary commands share one
/// pipelined connection; blocking commands (BLPOP, XREADGROUP ... BLOCK, ...) each get a dedicated connection so
/// they never hold up anyone else. Typed commands are extension methods in <see cref="RedisCommands"/>.
/// </summary>
public interface IRedisClient
{
    /// <summary>The server this client talks to.</summary>
    RedisEndpoint Endpoint { get; }

    /// <summary>True while the shared connection is up.</summary>
    bool IsConnected { get; }

    /// <summary>
    /// Sends any command and returns its reply. An error reply throws <see cref="RedisServerException"/> with the
    /// server's message; a lost connection <see cref="RedisConnectionException"/>; no reply within the command
    /// timeout <see cref="RedisTimeoutException"/>. Commands that would disturb the shared connection
    /// (SUBSCRIBE, SELECT, MULTI, WATCH, ...) fail with <see cref="NotSupportedException"/>.
    /// </summary>
    ValueTask<RedisReply> ExecuteAsync(string command, params ReadOnlySpan<RedisArg> args);

    /// <inheritdoc cref="ExecuteAsync(string, ReadOnlySpan{RedisArg})"/>
    ValueTask<RedisReply> ExecuteAsync(string command, ReadOnlySpan<RedisArg> args, CancellationToken cancellationToken);

    /// <summary>Starts a MULTI/EXEC transaction: queue commands, then execute them atomically.</summary>
    RedisTransaction CreateTransaction();
}
