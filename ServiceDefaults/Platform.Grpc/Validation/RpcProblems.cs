using Grpc.Core;

namespace Platform.Grpc.Validation;

/// <summary>The errors a service answers with, one per status; messages say what is wrong and never echo secrets.</summary>
public static class RpcProblems
{
    public static RpcException Invalid(string message) => Create(StatusCode.InvalidArgument, message);

    public static RpcException NotFound(string message) => Create(StatusCode.NotFound, message);

    public static RpcException AlreadyExists(string message) => Create(StatusCode.AlreadyExists, message);

    public static RpcException FailedPrecondition(string message) => Create(StatusCode.FailedPrecondition, message);

    public static RpcException PermissionDenied(string message) => Create(StatusCode.PermissionDenied, message);

    public static RpcException Unauthenticated(string message) => Create(StatusCode.Unauthenticated, message);

    public static RpcException ResourceExhausted(string message) => Create(StatusCode.ResourceExhausted, message);

    public static RpcException Unavailable(string message) => Create(StatusCode.Unavailable, message);

    private static RpcException Create(StatusCode code, string message) => new(new Status(code, message));
}
