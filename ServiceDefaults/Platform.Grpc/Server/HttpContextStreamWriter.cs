using Grpc.Core;

namespace Platform.Grpc.Server;

/// <summary>The response stream of a server-streaming or duplex call; each write is flushed unless buffered by hint.</summary>
internal sealed class HttpContextStreamWriter<T>(HttpServerCallContext call, Action<T, SerializationContext> serializer) : IServerStreamWriter<T>
{
    private Task? _pendingWrite;

    public WriteOptions? WriteOptions { get; set; }

    public Task WriteAsync(T message) => WriteAsync(message, CancellationToken.None);

    public Task WriteAsync(T message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_pendingWrite is { IsCompleted: false })
        {
            throw new InvalidOperationException("Can't write the message because the previous write is still in progress.");
        }

        return _pendingWrite = WriteCoreAsync(message, cancellationToken);
    }

    private Task WriteCoreAsync(T message, CancellationToken cancellationToken) =>
        call.WriteStreamMessageAsync(message, serializer, WriteOptions ?? call.WriteOptions, cancellationToken);
}
