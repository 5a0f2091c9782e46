namespace Platform.Risk.Tests.Infrastructure;

/// <summary>Every test class shares one redis-server and one service (and runs one after another: they share a clock and the rules).</summary>
[CollectionDefinition(Name)]
public sealed class RiskCollection : ICollectionFixture<RiskServiceFixture>
{
    public const string Name = "risk service";
}
