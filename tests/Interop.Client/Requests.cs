using Google.Protobuf;
using Grpc.Testing;

namespace Interop.Client;

/// <summary>Request pieces the interop cases share.</summary>
public static class Requests
{
    // Generous for a loaded machine; every call has a deadline so that no case can hang.
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    public static readonly int[] RequestSizes = [27182, 8, 1828, 45904];
    public static readonly int[] ResponseSizes = [31415, 9, 2653, 58979];

    public static DateTime Deadline() => DateTime.UtcNow + CallTimeout;

    public static Payload Zeros(int size) => new() { Body = ByteString.CopyFrom(new byte[size]) };

    public static StreamingOutputCallRequest AskFor(int responseSize, int requestSize) => new()
    {
        ResponseParameters = { new ResponseParameters { Size = responseSize } },
        Payload = Zeros(requestSize),
    };
}
