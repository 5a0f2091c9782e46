namespace Platform.Identity.Tests.Infrastructure;

/// <summary>Every test class shares one redis-server and one pair of services, one class after another (they share a clock).</summary>
[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<IdentityFixture>
{
    public const string Name = "identity service";
}
