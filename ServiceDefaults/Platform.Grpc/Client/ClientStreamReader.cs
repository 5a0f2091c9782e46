using Grpc.Core;

namespace Platform.Grpc.Client;

/// <summary>The response stream of a server-streaming or duplex call.</summary>
internal sealed class ClientStreamReader<TRequest, TResponse>(GrpcCall<TRequest, TResponse> call) : IAsyncStreamReader<TResponse>
    where TRequest : class
    where TResponse : class
{
    private TResponse? _current;
    private Task<bool>? _pendingRead;

    public TResponse Current => _current ?? throw new InvalidOperationException("No current message: call MoveNext first and check it returned true.");

    public Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (_pendingRead is { IsCompleted: false })
        {
            throw new InvalidOperationException("Can't read the next message because the previous read is still in progress.");
        }

        return _pendingRead = MoveNextCoreAsync(cancellationToken);
    }

    private async Task<bool> MoveNextCoreAsync(CancellationToken cancellationToken)
    {
        _current = await call.ReadNextResponseAsync(cancellationToken).ConfigureAwait(false);
        return _current is not null;
    }
}
