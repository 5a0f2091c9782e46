namespace Platform.Grpc.Wire;

/// <summary>Names and constants of the gRPC over HTTP/2 protocol.</summary>
internal static class GrpcProtocol
{
    public const string ContentType = "application/grpc";
    public const string StatusTrailer = "grpc-status";
    public const string MessageTrailer = "grpc-message";
    public const string TimeoutHeader = "grpc-timeout";
    public const string EncodingHeader = "grpc-encoding";
    public const string AcceptEncodingHeader = "grpc-accept-encoding";
    public const string TeHeader = "te";
    public const string TeTrailers = "trailers";
    public const string IdentityEncoding = "identity";
    public const string GzipEncoding = "gzip";

    /// <summary>What this runtime can decode, as advertised in <c>grpc-accept-encoding</c>.</summary>
    public const string SupportedEncodings = "identity,gzip";

    /// <summary>Metadata key a client sets on a call to ask for its request messages to be compressed (as grpc-dotnet).</summary>
    public const string CompressionRequestHeader = "grpc-internal-encoding-request";

    /// <summary>The 1-byte compressed flag plus the 4-byte big-endian length before every message.</summary>
    public const int MessageHeaderSize = 5;

    public const int DefaultMaxReceiveMessageSize = 4 * 1024 * 1024;

    /// <summary>True for <c>application/grpc</c> and <c>application/grpc+proto</c> and the like, ignoring parameters.</summary>
    public static bool IsGrpcContentType(string? contentType)
    {
        if (contentType is null || !contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return contentType.Length == ContentType.Length || contentType[ContentType.Length] is '+' or ';';
    }

    /// <summary>Whether a value of <c>grpc-encoding</c> can be decoded here.</summary>
    public static bool IsSupportedEncoding(string encoding) =>
        string.Equals(encoding, IdentityEncoding, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(encoding, GzipEncoding, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a comma-separated <c>grpc-accept-encoding</c> list names <paramref name="encoding"/>.</summary>
    public static bool AcceptsEncoding(string? acceptEncoding, string encoding)
    {
        if (string.IsNullOrEmpty(acceptEncoding))
        {
            return false;
        }

        foreach (var range in acceptEncoding.AsSpan().Split(','))
        {
            if (acceptEncoding.AsSpan(range).Trim().Equals(encoding, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
