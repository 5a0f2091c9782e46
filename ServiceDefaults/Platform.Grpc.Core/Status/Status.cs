using System.Diagnostics;

namespace Grpc.Core;

/// <summary>The outcome of a call: a code and a human-readable detail.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Status : IEquatable<Status>
{
    public static readonly Status DefaultSuccess = new(StatusCode.OK, "");

    public static readonly Status DefaultCancelled = new(StatusCode.Cancelled, "");

    public Status(StatusCode statusCode, string detail)
        : this(statusCode, detail, null)
    {
    }

    public Status(StatusCode statusCode, string detail, Exception? debugException)
    {
        StatusCode = statusCode;
        Detail = detail ?? "";
        DebugException = debugException;
    }

    public StatusCode StatusCode { get; }

    public string Detail { get; }

    /// <summary>A local exception that explains the status; never sent on the wire.</summary>
    public Exception? DebugException { get; }

    public bool Equals(Status other) => StatusCode == other.StatusCode && Detail == other.Detail;

    public override bool Equals(object? obj) => obj is Status other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(StatusCode, Detail);

    public static bool operator ==(Status left, Status right) => left.Equals(right);

    public static bool operator !=(Status left, Status right) => !left.Equals(right);

    public override string ToString() => DebugException is null
        ? $"Status(StatusCode=\"{StatusCode}\", Detail=\"{Detail}\")"
        : $"Status(StatusCode=\"{StatusCode}\", Detail=\"{Detail}\", DebugException=\"{DebugException.GetType()}: {DebugException.Message}\")";
}
