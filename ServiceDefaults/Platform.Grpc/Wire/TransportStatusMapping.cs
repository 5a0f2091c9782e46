using System.Net;
using Grpc.Core;

namespace Platform.Grpc.Wire;

/// <summary>The specification's tables from HTTP statuses and HTTP/2 error codes to gRPC status codes.</summary>
internal static class TransportStatusMapping
{
    public static StatusCode FromHttpStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };

    /// <summary>RST_STREAM / GOAWAY error codes (RFC 9113 section 7).</summary>
    public static StatusCode FromHttp2Error(long errorCode) => errorCode switch
    {
        0x7 /* REFUSED_STREAM */ => StatusCode.Unavailable,
        0x8 /* CANCEL */ => StatusCode.Cancelled,
        0xb /* ENHANCE_YOUR_CALM */ => StatusCode.ResourceExhausted,
        0xc /* INADEQUATE_SECURITY */ => StatusCode.PermissionDenied,
        _ => StatusCode.Internal,
    };
}
