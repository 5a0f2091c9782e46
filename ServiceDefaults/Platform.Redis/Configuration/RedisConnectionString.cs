using System.Globalization;

namespace Platform.Redis;

/// <summary>
/// Parses the connection string format that Aspire injects as <c>ConnectionStrings__redis</c> and that
/// StackExchange.Redis reads: <c>host:port[,option=value...]</c>. Times are in milliseconds.
/// </summary>
public static class RedisConnectionString
{
    // StackExchange.Redis options that have no effect here but appear in real connection strings.
    private static readonly HashSet<string> AcceptedWithoutEffect = new(StringComparer.OrdinalIgnoreCase)
    {
        "abortConnect", "allowAdmin", "connectRetry", "keepAlive", "resolveDns", "checkCertificateRevocation",
    };

    /// <summary>Parses <paramref name="connectionString"/>; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static RedisOptions Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("The Redis connection string is empty.", nameof(connectionString));
        }

        var options = new RedisOptions();
        TimeSpan? asyncTimeout = null;
        var endpoints = 0;
        foreach (var rawPart in connectionString.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = rawPart.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                if (++endpoints > 1)
                {
                    throw new ArgumentException("Only one Redis endpoint is supported (no cluster or sentinel).", nameof(connectionString));
                }
                options.Endpoint = ParseEndpoint(rawPart);
                continue;
            }

            var key = rawPart[..equals].Trim();
            var value = rawPart[(equals + 1)..].Trim();
            switch (key.ToLowerInvariant())
            {
                case "password":
                    options.Password = value;
                    break;
                case "user":
                    options.User = value;
                    break;
                case "defaultdatabase":
                    options.Database = ParseInt(key, value);
                    break;
                case "connecttimeout":
                    options.ConnectTimeout = TimeSpan.FromMilliseconds(ParseInt(key, value));
                    break;
                case "synctimeout":
                    options.CommandTimeout = TimeSpan.FromMilliseconds(ParseInt(key, value));
                    break;
                case "asynctimeout":
                    asyncTimeout = TimeSpan.FromMilliseconds(ParseInt(key, value));
                    break;
                case "name":
                    options.ClientName = value;
                    break;
                case "protocol":
                    options.Protocol = value.ToLowerInvariant() switch
                    {
                        "resp2" or "2" => RedisProtocol.Resp2,
                        "resp3" or "3" => RedisProtocol.Resp3,
                        _ => throw new ArgumentException($"Unknown Redis protocol '{value}' (use resp2 or resp3).", nameof(connectionString)),
                    };
                    break;
                case "ssl":
                    if (bool.TryParse(value, out var ssl) && ssl)
                    {
                        throw new ArgumentException("TLS (ssl=true) is not supported by this Redis client.", nameof(connectionString));
                    }
                    break;
                default:
                    if (!AcceptedWithoutEffect.Contains(key))
                    {
                        throw new ArgumentException($"Unknown option '{key}' in the Redis connection string.", nameof(connectionString));
                    }
                    break;
            }
        }

        if (endpoints == 0)
        {
            throw new ArgumentException("The Redis connection string names no endpoint (host:port).", nameof(connectionString));
        }
        // Every command here is asynchronous, so asyncTimeout (when given) is the command timeout.
        options.CommandTimeout = asyncTimeout ?? options.CommandTimeout;
        options.Validate();
        return options;
    }

    private static RedisEndpoint ParseEndpoint(string text)
    {
        string host;
        var portText = "6379";
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new ArgumentException($"Invalid Redis endpoint '{text}'.");
            }
            host = text[1..close];
            if (close + 1 < text.Length)
            {
                portText = text[(close + 1)..].TrimStart(':');
            }
        }
        else
        {
            var colon = text.LastIndexOf(':');
            host = colon < 0 ? text : text[..colon];
            if (colon >= 0)
            {
                portText = text[(colon + 1)..];
            }
        }
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is <= 0 or > 65535 || host.Length == 0)
        {
            throw new ArgumentException($"Invalid Redis endpoint '{text}'.");
        }
        return new RedisEndpoint(host, port);
    }

    private static int ParseInt(string key, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new ArgumentException($"The Redis option '{key}' must be an integer.");
}
