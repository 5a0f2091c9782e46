using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Platform.Redis.Connection;

/// <summary>
/// What the client needs to know about a command name: its encoded bytes, whether it blocks the connection (so
/// it must run on a dedicated one), and whether it would break a shared, multiplexed connection.
/// </summary>
internal sealed class CommandInfo
{
    private const int CacheLimit = 2048;
    private static readonly ConcurrentDictionary<string, CommandInfo> Cache = new(StringComparer.Ordinal);

    private static readonly HashSet<string> AlwaysBlocking = new(StringComparer.Ordinal)
    {
        "BLPOP", "BRPOP", "BRPOPLPUSH", "BLMOVE", "BLMPOP", "BZPOPMIN", "BZPOPMAX", "BZMPOP", "WAIT", "WAITAOF",
    };

    private static readonly Dictionary<string, string> Refused = new(StringComparer.Ordinal)
    {
        ["SUBSCRIBE"] = "Pub/sub channels need a dedicated connection, which this client does not offer; use streams.",
        ["PSUBSCRIBE"] = "Pub/sub channels need a dedicated connection, which this client does not offer; use streams.",
        ["SSUBSCRIBE"] = "Pub/sub channels need a dedicated connection, which this client does not offer; use streams.",
        ["UNSUBSCRIBE"] = "Pub/sub channels are not supported; use streams.",
        ["PUNSUBSCRIBE"] = "Pub/sub channels are not supported; use streams.",
        ["SUNSUBSCRIBE"] = "Pub/sub channels are not supported; use streams.",
        ["MONITOR"] = "MONITOR takes over the connection.",
        ["SELECT"] = "The database is chosen once for the client (defaultDatabase), not per command.",
        ["MULTI"] = "Use CreateTransaction(): a MULTI block must not interleave with other callers on the shared connection.",
        ["EXEC"] = "Use CreateTransaction().",
        ["DISCARD"] = "Use CreateTransaction().",
        ["WATCH"] = "WATCH is not supported on a multiplexed connection; use a Lua script for check-and-set.",
        ["UNWATCH"] = "WATCH is not supported on a multiplexed connection.",
        ["HELLO"] = "The protocol is negotiated on connect (protocol=resp3).",
        ["AUTH"] = "Credentials are sent on connect (password=...).",
        ["QUIT"] = "Dispose the client instead.",
        ["RESET"] = "RESET would drop the connection state shared by every caller.",
        ["SYNC"] = "Replication commands take over the connection.",
        ["PSYNC"] = "Replication commands take over the connection.",
    };

    private CommandInfo(string name)
    {
        Name = name.ToUpperInvariant();
        NameBytes = Encoding.UTF8.GetBytes(Name);
        IsAlwaysBlocking = AlwaysBlocking.Contains(Name);
        BlocksWithBlockOption = Name is "XREAD" or "XREADGROUP";
        RefusalReason = Refused.GetValueOrDefault(Name);
    }

    public string Name { get; }

    public byte[] NameBytes { get; }

    public string? RefusalReason { get; }

    private bool IsAlwaysBlocking { get; }

    private bool BlocksWithBlockOption { get; }

    public static CommandInfo For(string command)
    {
        if (string.IsNullOrWhiteSpace(command) || command.Contains(' ', StringComparison.Ordinal))
        {
            throw new ArgumentException("A Redis command name must be one non-empty word; pass the rest as arguments.", nameof(command));
        }
        if (Cache.TryGetValue(command, out var info))
        {
            return info;
        }
        info = new CommandInfo(command);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(command, info);
        }
        return info;
    }

    /// <summary>
    /// If the command blocks the connection, returns true and how long the server may hold it (null = forever).
    /// </summary>
    public bool IsBlocking(ReadOnlySpan<RedisArg> args, out TimeSpan? blockFor)
    {
        blockFor = null;
        if (IsAlwaysBlocking)
        {
            // BLPOP key... timeout: the timeout (seconds, may be fractional) is the last argument; WAIT's too (ms).
            if (args.Length > 0 && double.TryParse(args[^1].ToText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var last) && last > 0)
            {
                blockFor = Name.StartsWith("WAIT", StringComparison.Ordinal) ? TimeSpan.FromMilliseconds(last) : TimeSpan.FromSeconds(last);
            }
            return true;
        }
        if (!BlocksWithBlockOption)
        {
            return false;
        }
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i].Kind == RedisArgKind.Text && args[i].Text.Equals("BLOCK", StringComparison.OrdinalIgnoreCase))
            {
                if (long.TryParse(args[i + 1].ToText(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) && ms > 0)
                {
                    blockFor = TimeSpan.FromMilliseconds(ms);
                }
                return true;
            }
        }
        return false;
    }
}
