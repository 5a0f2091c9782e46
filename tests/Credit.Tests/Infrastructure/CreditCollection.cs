namespace Platform.Credit.Tests.Infrastructure;

/// <summary>Every test class shares one redis-server and one service (and runs one after another: they share a clock).</summary>
[CollectionDefinition(Name)]
public sealed class CreditCollection : ICollectionFixture<CreditServiceFixture>
{
    public const string Name = "credit service";
}
