namespace Platform.Redis;

/// <summary>Sorting Redis failures for callers that answer their own clients.</summary>
public static class RedisErrors
{
    /// <summary>
    /// The server could not be reached or did not answer in time: the command may not have run, and the same call
    /// may succeed later (as opposed to a server error such as WRONGTYPE, which will fail again).
    /// </summary>
    public static bool IsUnavailable(this RedisException error) => error is RedisConnectionException or RedisTimeoutException;
}
