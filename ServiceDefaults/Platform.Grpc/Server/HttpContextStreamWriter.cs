using Grpc.Core;
using Platform.Grpc.Wire;

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

    private async Task WriteCoreAsync(T message, CancellationToken cancellationToken)
    {
        var callToken = call.CancellationToken;
        callToken.ThrowIfCancellationRequested();
        cancellationToken.ThrowIfCancellationRequested();
        var options = WriteOptions ?? call.WriteOptions;
        call.WriteMessage(message, serializer, options);
        if (options.Has(WriteFlags.BufferHint))
        {
            return;
        }

        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, callToken) : null;
        await call.HttpContext.Response.BodyWriter.FlushAsync(linked?.Token ?? callToken).ConfigureAwait(false);
    }
}
