using Interop.Tests.Fixtures;

namespace Interop.Tests;

/// <summary>The independent @grpc/grpc-js client drives our server through every interop case.</summary>
[Collection(InteropCollection.Name)]
public sealed class NodeClientAgainstOurServerTests(OurServerFixture ours)
{
    [Theory]
    [MemberData(nameof(InteropCaseNames.All), MemberType = typeof(InteropCaseNames))]
    public Task GrpcJsClientPassesCase(string testCase) => InteropCaseRunner.NodeClientAsync(ours.Server, testCase);
}
