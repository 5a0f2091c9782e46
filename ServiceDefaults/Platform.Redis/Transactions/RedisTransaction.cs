using Platform.Redis.Connection;

namespace Platform.Redis;

/// <summary>
/// Commands sent as one MULTI ... EXEC block: the server runs them together, with no other client's command in
/// between. Queue commands with <see cref="Add"/>, then <see cref="ExecuteAsync"/> once. A command the server
/// refuses while queueing aborts the whole block (EXECABORT); a command that fails while running (for example
/// WRONGTYPE) leaves its own result an error reply and the others still apply, as in Redis itself.
/// WATCH is not offered: on a shared connection, use a Lua script (<see cref="LuaScript"/>) for check-and-set.
/// </summary>
public sealed class RedisTransaction
{
    private readonly RedisClient _client;
    private readonly List<QueuedCommand> _commands = [];
    private bool _executed;

    internal RedisTransaction(RedisClient client) => _client = client;

    /// <summary>The number of queued commands.</summary>
    public int Count => _commands.Count;

    /// <summary>Queues a command and returns its index in the result of <see cref="ExecuteAsync"/>.</summary>
    public int Add(string command, params ReadOnlySpan<RedisArg> args)
    {
        if (_executed)
        {
            throw new InvalidOperationException("This transaction was already executed.");
        }
        var info = CommandInfo.For(command);
        if (info.RefusalReason is not null)
        {
            throw new NotSupportedException($"{info.Name} cannot be used in a transaction: {info.RefusalReason}");
        }
        _commands.Add(new QueuedCommand(info, args.ToArray()));
        return _commands.Count - 1;
    }

    /// <summary>
    /// Sends MULTI, the commands and EXEC, and returns one reply per command (error replies included, so check
    /// them with <see cref="RedisReply.ThrowIfError"/>). Throws <see cref="RedisServerException"/> (EXECABORT)
    /// if the server refused a command while queueing; then nothing ran.
    /// </summary>
    public async Task<RedisReply[]> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        if (_executed)
        {
            throw new InvalidOperationException("This transaction was already executed.");
        }
        if (_commands.Count == 0)
        {
            throw new InvalidOperationException("The transaction has no commands.");
        }
        _executed = true;
        var exec = await _client.ExecuteTransactionAsync(_commands, cancellationToken).ConfigureAwait(false);
        if (exec.IsNull)
        {
            throw new RedisException("The transaction was aborted by the server.");
        }
        return exec.Elements.ToArray();
    }
}
