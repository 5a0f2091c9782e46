using Google.Protobuf;
using Grpc.Core;
using Grpc.Testing;

namespace Interop.Server.Services;

/// <summary>Builds the zero-filled payloads the interop cases ask for, refusing sizes that are not sensible.</summary>
public static class Payloads
{
    // Far above any interop case (the largest asks for 314159 bytes) and low enough that a hostile request
    // cannot make the server allocate gigabytes.
    public const int MaxPayloadSize = 4 * 1024 * 1024;

    public static Payload Zeros(int size, PayloadType type)
    {
        if (type != PayloadType.Compressable)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"unsupported response_type {type}"));
        }

        if (size is < 0 or > MaxPayloadSize)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"payload size must be between 0 and {MaxPayloadSize}, got {size}"));
        }

        return new Payload { Type = type, Body = ByteString.CopyFrom(new byte[size]) };
    }

    public static int SizeOf(Payload? payload) => payload?.Body.Length ?? 0;
}
