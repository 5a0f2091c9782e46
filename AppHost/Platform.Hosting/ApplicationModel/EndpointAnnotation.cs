namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A named network endpoint of a resource. <see cref="Port"/> is the port other resources use; each replica
/// listens on its own target port, and when there is more than one replica the app host proxies the public
/// port to them in turn.
/// </summary>
public sealed class EndpointAnnotation(string name, string uriScheme = "http", string transport = "http") : IResourceAnnotation
{
    public string Name { get; } = name;

    /// <summary>"http" for HTTP endpoints (including h2c gRPC), "tcp" for anything else.</summary>
    public string UriScheme { get; set; } = uriScheme;

    /// <summary>"http" (HTTP/1.1), "http2" (HTTP/2 with prior knowledge, i.e. h2c gRPC) or "tcp".</summary>
    public string Transport { get; set; } = transport;

    /// <summary>A fixed public port, or null for a free one chosen at start.</summary>
    public int? Port { get; set; }

    /// <summary>A fixed port for the process to listen on, or null for a free one; only valid with one replica.</summary>
    public int? TargetPort { get; set; }

    /// <summary>For executables: the environment variable that receives the target port (e.g. "PORT").</summary>
    public string? TargetPortEnvironmentVariable { get; set; }

    /// <summary>Printed at start and shown first in the dashboard: an endpoint meant for people, such as the gateway's.</summary>
    public bool IsExternal { get; set; }

    /// <summary>Set by the app host when it starts: the public port actually in use.</summary>
    public AllocatedEndpoint? AllocatedEndpoint { get; internal set; }
}
