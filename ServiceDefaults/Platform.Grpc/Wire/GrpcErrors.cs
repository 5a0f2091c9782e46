using Grpc.Core;

namespace Platform.Grpc.Wire;

/// <summary>The protocol errors both sides raise, with one wording each.</summary>
internal static class GrpcErrors
{
    public static RpcException MessageTooLarge(long length, int max) =>
        new(new Status(StatusCode.ResourceExhausted, $"Received message exceeds the maximum configured message size ({length} > {max} bytes)."));

    public static RpcException SendMessageTooLarge(long length, int max) =>
        new(new Status(StatusCode.ResourceExhausted, $"Sending message exceeds the maximum configured message size ({length} > {max} bytes)."));

    public static RpcException IncompleteMessage() =>
        new(new Status(StatusCode.Internal, "Incomplete message: the stream ended inside a length-prefixed message."));

    public static RpcException InvalidCompressedFlag(byte flag) =>
        new(new Status(StatusCode.Internal, $"Invalid compressed flag {flag} in a message header; expected 0 or 1."));

    public static RpcException CompressedWithoutEncoding() =>
        new(new Status(StatusCode.Internal, "A message is marked compressed but no grpc-encoding was negotiated."));

    public static RpcException AdditionalData() =>
        new(new Status(StatusCode.Internal, "Additional data after the single message of a unary stream."));

    public static RpcException MissingMessage() =>
        new(new Status(StatusCode.Internal, "The stream ended without the single message the call requires."));

    public static RpcException Undeserializable(Exception exception) =>
        new(new Status(StatusCode.Internal, "Error deserializing a message.", exception));

    public static RpcException BadCompressedData(Exception exception) =>
        new(new Status(StatusCode.Internal, "A compressed message could not be decompressed.", exception));
}
