using Interop.Tests.Fixtures;

namespace Interop.Tests;

/// <summary>Our client drives the independent @grpc/grpc-js server through every interop case.</summary>
[Collection(InteropCollection.Name)]
public sealed class OurClientAgainstNodeServerTests(NodeServerFixture node)
{
    [Theory]
    [MemberData(nameof(InteropCaseNames.All), MemberType = typeof(InteropCaseNames))]
    public Task OurClientPassesCaseAgainstGrpcJs(string testCase) => InteropCaseRunner.OurClientAsync(node.Server, testCase);
}
