using Platform.Hosting.Orchestration;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A local redis-server with a generated password and append-only persistence in a data directory that survives
/// restarts. Its connection string has StackExchange.Redis's format: <c>host:port,password=...</c>.
/// </summary>
public sealed class RedisResource(string name, string password, string dataDirectory, string workingDirectory)
    : ExecutableResource(name, "redis-server", workingDirectory), IResourceWithConnectionString
{
    public const string PrimaryEndpointName = "tcp";

    public string Password { get; } = password;

    public string DataDirectory { get; internal set; } = dataDirectory;

    public EndpointReference PrimaryEndpoint => new(this, PrimaryEndpointName);

    public ValueTask<string?> GetConnectionStringAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<string?>(PrimaryEndpoint.IsAllocated
            ? $"{EndpointAddresses.Host}:{PrimaryEndpoint.Port},password={Password}"
            : null);
}
