namespace Grpc.Core;

/// <summary>Per-call options: headers, deadline, cancellation and write options.</summary>
public readonly struct CallOptions
{
    public CallOptions(Metadata? headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default, WriteOptions? writeOptions = null)
    {
        Headers = headers;
        Deadline = deadline;
        CancellationToken = cancellationToken;
        WriteOptions = writeOptions;
    }

    public Metadata? Headers { get; }

    /// <summary>The call's deadline (converted to UTC when sent); null means none.</summary>
    public DateTime? Deadline { get; }

    public CancellationToken CancellationToken { get; }

    public WriteOptions? WriteOptions { get; }

    public CallOptions WithHeaders(Metadata? headers) => new(headers, Deadline, CancellationToken, WriteOptions);

    public CallOptions WithDeadline(DateTime? deadline) => new(Headers, deadline, CancellationToken, WriteOptions);

    public CallOptions WithCancellationToken(CancellationToken cancellationToken) => new(Headers, Deadline, cancellationToken, WriteOptions);

    public CallOptions WithWriteOptions(WriteOptions? writeOptions) => new(Headers, Deadline, CancellationToken, writeOptions);
}
