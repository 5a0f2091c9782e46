namespace Platform.Redis;

/// <summary>
/// The command could not be sent, or its connection broke before the reply arrived. A command that failed this
/// way after being sent may or may not have been executed by the server.
/// </summary>
public sealed class RedisConnectionException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
