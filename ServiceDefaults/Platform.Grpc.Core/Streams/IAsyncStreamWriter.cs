namespace Grpc.Core;

/// <summary>Writes a stream of messages; one write may be pending at a time.</summary>
public interface IAsyncStreamWriter<in T>
{
    WriteOptions? WriteOptions { get; set; }

    Task WriteAsync(T message);

    Task WriteAsync(T message, CancellationToken cancellationToken) => cancellationToken.CanBeCanceled
        ? throw new NotSupportedException($"{GetType()} does not support cancelling a write.")
        : WriteAsync(message);
}
