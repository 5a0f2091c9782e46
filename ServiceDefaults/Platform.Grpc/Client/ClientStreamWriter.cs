using System.Buffers;
using Grpc.Core;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Client;

/// <summary>The request stream of a client-streaming or duplex call; one write at a time.</summary>
internal sealed class ClientStreamWriter<TRequest, TResponse>(
    GrpcCall<TRequest, TResponse> call,
    StreamingRequestContent content,
    Action<TRequest, SerializationContext> serializer,
    int? maxMessageLength,
    bool compress) : IClientStreamWriter<TRequest>
    where TRequest : class
    where TResponse : class
{
    // Not pooled: a cancelled write may still be reading it inside HttpClient.
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly FramingSerializationContext _context = new();
    private Task? _pendingWrite;
    private bool _completed;

    public WriteOptions? WriteOptions { get; set; }

    public Task WriteAsync(TRequest message) => WriteAsync(message, CancellationToken.None);

    public Task WriteAsync(TRequest message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        CheckCanWrite();
        return _pendingWrite = WriteCoreAsync(message, cancellationToken);
    }

    public Task CompleteAsync()
    {
        if (_pendingWrite is { IsCompleted: false })
        {
            throw new InvalidOperationException("Can't complete the request stream while a write is in progress.");
        }

        _completed = true;
        content.Complete();
        return Task.CompletedTask;
    }

    private void CheckCanWrite()
    {
        if (_pendingWrite is { IsCompleted: false })
        {
            throw new InvalidOperationException("Can't write the message because the previous write is still in progress.");
        }

        if (_completed)
        {
            throw new InvalidOperationException("Request stream has already been completed.");
        }

        if (call.IsFinished)
        {
            throw CallEnded();
        }
    }

    private async Task WriteCoreAsync(TRequest message, CancellationToken cancellationToken)
    {
        var options = WriteOptions;
        _buffer.ResetWrittenCount();
        _context.WriteMessage(message, serializer, _buffer, maxMessageLength, compress && !options.Has(WriteFlags.NoCompress));
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.CallToken) : null;
        var token = linked?.Token ?? call.CallToken;
        try
        {
            var stream = await content.GetStreamAsync().WaitAsync(token).ConfigureAwait(false);
            await stream.WriteAsync(_buffer.WrittenMemory, token).ConfigureAwait(false);
            if (!options.Has(WriteFlags.BufferHint))
            {
                await stream.FlushAsync(token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            if (call.IsFinished)
            {
                throw CallEnded();
            }

            throw;
        }
    }

    private Exception CallEnded() => call.GetStatus().StatusCode == StatusCode.OK
        ? new InvalidOperationException("Can't write the message because the call is complete.")
        : call.CreateFailureException();
}
