namespace Platform.Redis;

/// <summary>
/// The server answered a command with an error reply. <see cref="Exception.Message"/> is the server's text as it
/// was sent (for example <c>WRONGTYPE Operation against a key holding the wrong kind of value</c>).
/// </summary>
public sealed class RedisServerException : RedisException
{
    /// <summary>Creates the exception from the server's error text.</summary>
    public RedisServerException(string serverMessage)
        : base(serverMessage)
    {
        var space = serverMessage.IndexOf(' ', StringComparison.Ordinal);
        ErrorCode = space > 0 ? serverMessage[..space] : serverMessage;
    }

    /// <summary>The first word of the error (ERR, WRONGTYPE, NOSCRIPT, NOGROUP, BUSYGROUP, EXECABORT, ...).</summary>
    public string ErrorCode { get; }
}
