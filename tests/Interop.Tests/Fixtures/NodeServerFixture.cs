namespace Interop.Tests.Fixtures;

/// <summary>The @grpc/grpc-js interop server, tests/interop-node/server.js.</summary>
public sealed class NodeServerFixture : ServerFixture
{
    protected override Task<InteropServerProcess> StartAsync() =>
        InteropServerProcess.StartAsync(NodeTooling.Node, [NodeTooling.Script("server.js")], "grpc-js server");
}
