using Grpc.Core;

namespace Platform.Grpc.Wire;

/// <summary>Turns header fields into metadata entries and back; binary (<c>-bin</c>) values travel as base64.</summary>
internal static class MetadataValues
{
    /// <summary>The wire value of an entry.</summary>
    public static string ToHeaderValue(Metadata.Entry entry) =>
        entry.IsBinary ? Convert.ToBase64String(entry.ValueBytesSpan) : entry.Value;

    /// <summary>An entry from a received header field; padded and unpadded base64 are both accepted.</summary>
    public static Metadata.Entry FromHeader(string key, string value)
    {
        if (!Metadata.Entry.IsBinaryKey(key))
        {
            return Metadata.Entry.FromWire(key, value);
        }

        try
        {
            return Metadata.Entry.FromWire(key, DecodeBase64(value));
        }
        catch (FormatException exception)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"Metadata '{key}' is not valid base64.", exception));
        }
    }

    /// <summary>Whether a received header is protocol plumbing rather than call metadata.</summary>
    public static bool IsReserved(string key) =>
        key.StartsWith(':') ||
        key is "content-type" or "te" or "host" or "content-length" or "date" or "server" ||
        key is GrpcProtocol.TimeoutHeader or GrpcProtocol.EncodingHeader or GrpcProtocol.AcceptEncodingHeader ||
        key is GrpcProtocol.StatusTrailer or GrpcProtocol.MessageTrailer;

    /// <summary>Whether a key a caller put in metadata must not be sent because the runtime owns that header.</summary>
    public static bool IsReservedForSending(string key) => IsReserved(key) || key == GrpcProtocol.CompressionRequestHeader;

    private static byte[] DecodeBase64(string value)
    {
        var trimmed = value.Trim();
        var padding = (4 - (trimmed.Length % 4)) % 4;
        return padding switch
        {
            0 => Convert.FromBase64String(trimmed),
            3 => throw new FormatException("A base64 value cannot have a length of 4n+1."),
            _ => Convert.FromBase64String(trimmed + new string('=', padding)),
        };
    }
}
