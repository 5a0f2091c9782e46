namespace Platform.Grpc.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class GrpcCollection : ICollectionFixture<GrpcServerFixture>
{
    public const string Name = "grpc";
}
