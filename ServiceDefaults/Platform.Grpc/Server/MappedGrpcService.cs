namespace Platform.Grpc.Server;

/// <summary>A mapped service: its full name and the generated class that describes it (has <c>Descriptor</c>).</summary>
internal sealed record MappedGrpcService(string Name, Type BindType);
