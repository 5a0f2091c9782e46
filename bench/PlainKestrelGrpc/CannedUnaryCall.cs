using System.Buffers;
using System.Buffers.Binary;
using Google.Protobuf;
using Grpc.Testing;

namespace PlainKestrelGrpc;

/// <summary>
/// Answers /grpc.testing.TestService/UnaryCall the way a gRPC server answers the benchmark's request
/// (response_size 32): it reads the whole request, then writes one length-prefixed SimpleResponse with
/// 32 zero bytes and the grpc-status trailer. Nothing is parsed: this is the cost of HTTP/2 alone.
/// </summary>
public static class CannedUnaryCall
{
    public const string Path = "/grpc.testing.TestService/UnaryCall";
    public const int ResponseSize = 32;

    private static readonly byte[] ResponseFrame = Frame(new SimpleResponse
    {
        Payload = new Payload { Body = ByteString.CopyFrom(new byte[ResponseSize]) },
    });

    public static async Task HandleAsync(HttpContext context)
    {
        var reader = context.Request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted);
            reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                break;
            }
        }

        context.Response.ContentType = "application/grpc";
        await context.Response.BodyWriter.WriteAsync(ResponseFrame, context.RequestAborted);
        context.Response.AppendTrailer("grpc-status", "0");
    }

    private static byte[] Frame(IMessage message)
    {
        var frame = new byte[5 + message.CalculateSize()];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)(frame.Length - 5));
        message.WriteTo(frame.AsSpan(5));
        return frame;
    }
}
