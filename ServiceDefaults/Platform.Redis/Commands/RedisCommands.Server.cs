namespace Platform.Redis;

public static partial class RedisCommands
{
    /// <summary>PING: the server's answer ("PONG").</summary>
    public static async ValueTask<string> PingAsync(this IRedisClient client, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("PING", [], cancellationToken).ConfigureAwait(false)).AsString()!;

    /// <summary>FLUSHDB: deletes every key of the selected database. Meant for tests.</summary>
    public static async ValueTask FlushDatabaseAsync(this IRedisClient client, CancellationToken cancellationToken = default) =>
        (await client.ExecuteAsync("FLUSHDB", [], cancellationToken).ConfigureAwait(false)).ThrowIfError();
}
