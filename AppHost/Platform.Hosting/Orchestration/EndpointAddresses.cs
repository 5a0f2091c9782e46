namespace Platform.Hosting.Orchestration;

internal static class EndpointAddresses
{
    /// <summary>
    /// Everything listens on, and is addressed by, IPv4 loopback: free ports are found there, and "localhost"
    /// could resolve to ::1 first, where an unrelated process may hold the same port number.
    /// </summary>
    public const string Host = "127.0.0.1";
}
