namespace Platform.EndToEnd.Tests.Infrastructure;

/// <summary>Every scenario shares one running platform, started once; scenarios run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformStack>
{
    public const string Name = "platform";
}
