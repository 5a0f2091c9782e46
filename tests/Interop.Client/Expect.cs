using Grpc.Core;
using Grpc.Testing;

namespace Interop.Client;

/// <summary>The assertions the interop cases make, failing with a message that names what differed.</summary>
public static class Expect
{
    public static void True(bool condition, string what)
    {
        if (!condition)
        {
            throw new InteropCaseFailedException(what);
        }
    }

    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new InteropCaseFailedException($"{what}: expected {expected}, got {actual}");
        }
    }

    public static void ZeroPayload(Payload? payload, int size)
    {
        True(payload is not null, "response has no payload");
        Equal(size, payload!.Body.Length, "payload size");
        True(!payload.Body.Span.ContainsAnyExcept((byte)0), "payload bytes are not all zero");
    }

    /// <summary>Runs the action and returns the RpcException it must end with.</summary>
    public static async Task<RpcException> StatusAsync(Func<Task> action, StatusCode code, string? detail = null)
    {
        try
        {
            await action();
        }
        catch (RpcException exception)
        {
            Equal(code, exception.StatusCode, $"status code (detail \"{exception.Status.Detail}\")");
            if (detail is not null)
            {
                Equal(detail, exception.Status.Detail, "status detail");
            }

            return exception;
        }

        throw new InteropCaseFailedException($"expected status {code}, but the call succeeded");
    }
}
