using Grpc.Core;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.Gateway.Problems;

/// <summary>
/// Maps a service's gRPC status to the HTTP problem the client sees. Client errors carry the service's readable
/// message (field-level for INVALID_ARGUMENT); server-side failures say only that something is unavailable, so
/// internals never leak.
/// </summary>
public static class GrpcProblems
{
    private const int MaxDetailLength = 300;

    public static IResult ToResult(RpcException error)
    {
        var status = HttpStatus(error.StatusCode);
        return status switch
        {
            400 => InvalidArgument(Readable(error.Status.Detail)),
            503 => ProblemResults.Problem(status, "Service unavailable", "A service needed for this request is unavailable; try again shortly."),
            500 => ProblemResults.Problem(status, "Internal error", "The request could not be completed."),
            _ => ProblemResults.Problem(status, ReasonPhrases.GetReasonPhrase(status), Readable(error.Status.Detail)),
        };
    }

    public static int HttpStatus(StatusCode code) => code switch
    {
        StatusCode.InvalidArgument or StatusCode.OutOfRange => 400,
        StatusCode.Unauthenticated => 401,
        StatusCode.PermissionDenied => 403,
        StatusCode.NotFound => 404,
        StatusCode.AlreadyExists or StatusCode.Aborted => 409,
        StatusCode.FailedPrecondition => 422,
        StatusCode.ResourceExhausted => 429,
        StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Cancelled => 503,
        _ => 500,
    };

    private static IResult InvalidArgument(string detail) =>
        FieldNames.SplitFieldMessage(detail) is { } field
            ? ProblemResults.Invalid(field.Field, field.Message)
            : ProblemResults.Problem(400, "Invalid request", detail);

    private static string Readable(string? detail)
    {
        if (string.IsNullOrWhiteSpace(detail)) return "The request was refused.";
        return detail.Length <= MaxDetailLength ? detail : detail[..MaxDetailLength];
    }
}
