namespace Platform.Redis;

/// <summary>A server address: host name or IP, and port.</summary>
public sealed record RedisEndpoint(string Host, int Port)
{
    /// <summary>"host:port" (IPv6 hosts in brackets).</summary>
    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
