using System.Security.Cryptography;
using System.Text;

namespace Platform.Redis;

/// <summary>
/// A Lua script run with EVALSHA. Its SHA1 is computed locally; if the server does not have the script cached
/// (NOSCRIPT — after a restart or SCRIPT FLUSH) it is sent once with EVAL, which also caches it. Create one
/// instance per script and keep it (static readonly); instances are thread-safe.
/// </summary>
public sealed class LuaScript
{
    private readonly byte[] _source;

    /// <summary>Wraps the script text.</summary>
    public LuaScript(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Source = source;
        _source = Encoding.UTF8.GetBytes(source);
        Sha1 = Convert.ToHexStringLower(SHA1.HashData(_source));
    }

    /// <summary>The script text.</summary>
    public string Source { get; }

    /// <summary>The lowercase hex SHA1 Redis knows the script by.</summary>
    public string Sha1 { get; }

    /// <summary>Caches the script on the server (SCRIPT LOAD) ahead of its first use.</summary>
    public async ValueTask LoadAsync(IRedisClient client, CancellationToken cancellationToken = default)
    {
        var sha = (await client.ExecuteAsync("SCRIPT", ["LOAD", _source], cancellationToken).ConfigureAwait(false)).AsString();
        if (!string.Equals(sha, Sha1, StringComparison.Ordinal))
        {
            throw new RedisException("The server computed a different SHA1 for the script than the client did.");
        }
    }

    /// <summary>
    /// Runs the script with <paramref name="keys"/> as KEYS and <paramref name="args"/> as ARGV. A Lua error
    /// comes back as <see cref="RedisServerException"/> with the server's message.
    /// </summary>
    public async ValueTask<RedisReply> EvaluateAsync(
        IRedisClient client,
        IReadOnlyList<RedisArg> keys,
        IReadOnlyList<RedisArg> args,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return await client.ExecuteAsync("EVALSHA", BuildArgs(Sha1, keys, args), cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.ErrorCode == "NOSCRIPT")
        {
            return await client.ExecuteAsync("EVAL", BuildArgs(_source, keys, args), cancellationToken).ConfigureAwait(false);
        }
    }

    private static RedisArg[] BuildArgs(RedisArg script, IReadOnlyList<RedisArg> keys, IReadOnlyList<RedisArg> args)
    {
        var all = new RedisArg[2 + keys.Count + args.Count];
        all[0] = script;
        all[1] = keys.Count;
        for (var i = 0; i < keys.Count; i++)
        {
            all[2 + i] = keys[i];
        }
        for (var i = 0; i < args.Count; i++)
        {
            all[2 + keys.Count + i] = args[i];
        }
        return all;
    }
}
