namespace Platform.Redis;

/// <summary>No reply arrived within the command timeout (<c>syncTimeout</c>). The command may still execute.</summary>
public sealed class RedisTimeoutException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisTimeoutException(string message)
        : base(message)
    {
    }
}
