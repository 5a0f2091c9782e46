namespace Platform.Redis.Connection;

/// <summary>The commands that prepare a new connection: protocol, credentials, client name, database.</summary>
internal static class Handshake
{
    public static IEnumerable<(string Command, RedisArg[] Args)> Commands(RedisOptions options)
    {
        if (options.Protocol == RedisProtocol.Resp3)
        {
            List<RedisArg> hello = [3];
            if (options.Password is not null)
            {
                hello.AddRange(["AUTH", options.User ?? "default", options.Password]);
            }
            if (options.ClientName is not null)
            {
                hello.AddRange(["SETNAME", options.ClientName]);
            }
            yield return ("HELLO", [.. hello]);
        }
        else
        {
            if (options.Password is not null)
            {
                yield return ("AUTH", options.User is null ? [options.Password] : [options.User, options.Password]);
            }
            if (options.ClientName is not null)
            {
                yield return ("CLIENT", ["SETNAME", options.ClientName]);
            }
        }
        if (options.Database != 0)
        {
            yield return ("SELECT", [options.Database]);
        }
    }
}
