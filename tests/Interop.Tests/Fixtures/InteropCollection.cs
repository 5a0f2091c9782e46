namespace Interop.Tests.Fixtures;

/// <summary>Every interop test class shares one instance of each server for the whole run.</summary>
[CollectionDefinition(Name)]
public sealed class InteropCollection : ICollectionFixture<OurServerFixture>, ICollectionFixture<NodeServerFixture>
{
    public const string Name = "Interop servers";
}
