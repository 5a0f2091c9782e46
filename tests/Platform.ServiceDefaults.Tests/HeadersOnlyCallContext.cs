using Grpc.Core;

namespace Platform.ServiceDefaults.Tests;

/// <summary>A server call context that carries request headers only: all the caller verifier reads.</summary>
internal sealed class HeadersOnlyCallContext(Metadata headers) : ServerCallContext
{
    protected override string MethodCore => "/platform.test.v1.Test/Call";
    protected override string HostCore => "127.0.0.1";
    protected override string PeerCore => "ipv4:127.0.0.1:1";
    protected override DateTime DeadlineCore => DateTime.MaxValue;
    protected override Metadata RequestHeadersCore => headers;
    protected override CancellationToken CancellationTokenCore => CancellationToken.None;
    protected override Metadata ResponseTrailersCore { get; } = [];
    protected override Status StatusCore { get; set; }
    protected override WriteOptions? WriteOptionsCore { get; set; }
    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
}
