using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Platform.Grpc.Wire;

/// <summary>gzip for message payloads (the <c>grpc-encoding: gzip</c> codec).</summary>
internal static class MessageCompression
{
    public static void Compress(ReadOnlySpan<byte> payload, IBufferWriter<byte> output)
    {
        var destination = new BufferWriterStream(output);
        using var gzip = new GZipStream(destination, CompressionLevel.Fastest, leaveOpen: true);
        gzip.Write(payload);
    }

    /// <summary>Inflates one payload, refusing to produce more than <paramref name="maxLength"/> bytes.</summary>
    public static byte[] Decompress(in ReadOnlySequence<byte> payload, int? maxLength)
    {
        using var source = payload.IsSingleSegment && MemoryMarshal.TryGetArray(payload.First, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(payload.ToArray(), writable: false);
        using var gzip = new GZipStream(source, CompressionMode.Decompress);
        using var result = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = gzip.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (maxLength is { } max && result.Length + read > max)
                {
                    throw GrpcErrors.MessageTooLarge(result.Length + read, max);
                }

                result.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException exception)
        {
            throw GrpcErrors.BadCompressedData(exception);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return result.ToArray();
    }
}
