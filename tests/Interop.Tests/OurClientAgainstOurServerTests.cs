using Interop.Tests.Fixtures;

namespace Interop.Tests;

/// <summary>Our client against our server: the platform talking to itself, as the services do.</summary>
[Collection(InteropCollection.Name)]
public sealed class OurClientAgainstOurServerTests(OurServerFixture ours)
{
    [Theory]
    [MemberData(nameof(InteropCaseNames.All), MemberType = typeof(InteropCaseNames))]
    public Task OurClientPassesCaseAgainstOurServer(string testCase) => InteropCaseRunner.OurClientAsync(ours.Server, testCase);
}
