namespace Platform.Redis;

/// <summary>The server sent bytes that are not valid RESP; the connection is dropped and re-established.</summary>
public sealed class RedisProtocolException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisProtocolException(string message)
        : base(message)
    {
    }
}
