namespace Platform.Withdrawal.Tests.Stack;

/// <summary>The tests that need the whole stack share one (and run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "stack";
}
