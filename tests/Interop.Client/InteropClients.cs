using Grpc.Core;
using Grpc.Testing;

namespace Interop.Client;

/// <summary>The stubs a case may call, all on one channel.</summary>
public sealed class InteropClients(ChannelBase channel)
{
    public TestService.TestServiceClient Test { get; } = new(channel);

    public UnimplementedService.UnimplementedServiceClient Unimplemented { get; } = new(channel);
}
