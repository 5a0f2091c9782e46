namespace Platform.Redis;

/// <summary>The base of every error this client raises.</summary>
public class RedisException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RedisException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
