using Grpc.Net.Client;

namespace Grpc.Net.ClientFactory;

/// <summary>How a named gRPC client finds its server and calls it.</summary>
public sealed class GrpcClientFactoryOptions
{
    /// <summary>
    /// The server address. Leave unset to discover it from configuration by the client's name
    /// (<c>services:{name}:grpc:0</c>, then <c>services:{name}:http:0</c>, then <c>https</c>); an address
    /// whose host is a service name (<c>http://credit</c>) is resolved the same way.
    /// </summary>
    public Uri? Address { get; set; }

    /// <summary>A deadline applied to every call that sets none (recommended: every internal call has one).</summary>
    public TimeSpan? DefaultDeadline { get; set; }

    /// <summary>Changes to the shared channel's options.</summary>
    public IList<Action<GrpcChannelOptions>> ChannelOptionsActions { get; } = [];
}
