namespace AppHost.Tests.Orchestration;

[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "test stack";
}
