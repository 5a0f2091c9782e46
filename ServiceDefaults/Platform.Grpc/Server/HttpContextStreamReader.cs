using Grpc.Core;

namespace Platform.Grpc.Server;

/// <summary>The request stream of a client-streaming or duplex call.</summary>
internal sealed class HttpContextStreamReader<T>(HttpServerCallContext call, Func<DeserializationContext, T> deserializer) : IAsyncStreamReader<T>
    where T : class
{
    private T? _current;
    private Task<bool>? _pendingRead;
    private bool _ended;

    public T Current => _current ?? throw new InvalidOperationException("No current message: call MoveNext first and check it returned true.");

    public Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (_pendingRead is { IsCompleted: false })
        {
            throw new InvalidOperationException("Can't read the next message because the previous read is still in progress.");
        }

        if (call.IsComplete)
        {
            throw new InvalidOperationException("Can't read messages after the call has completed.");
        }

        return _pendingRead = ReadNextAsync(cancellationToken);
    }

    private async Task<bool> ReadNextAsync(CancellationToken cancellationToken)
    {
        if (_ended)
        {
            return false;
        }

        var callToken = call.CancellationToken;
        using var linked = cancellationToken.CanBeCanceled && cancellationToken != callToken
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, callToken)
            : null;
        _current = await call.RequestReader.ReadMessageAsync(deserializer, linked?.Token ?? callToken).ConfigureAwait(false);
        _ended = _current is null;
        return !_ended;
    }
}
