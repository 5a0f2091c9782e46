namespace Platform.Gateway.Tests.Infrastructure;

/// <summary>Every test class shares one <see cref="GatewayStack"/> (started once) and runs one after another.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayStack>
{
    public const string Name = "gateway";
}
