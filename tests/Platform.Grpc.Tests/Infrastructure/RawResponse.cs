namespace Platform.Grpc.Tests.Infrastructure;

public sealed record RawResponse(int HttpStatus, string? GrpcStatus, string? GrpcMessage, byte[] Body);
