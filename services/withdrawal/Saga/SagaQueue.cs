using System.Collections.Concurrent;
using System.Threading.Channels;
using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Saga;

/// <summary>
/// Sagas waiting to be driven in the background by this replica. A saga is queued at most once at a time; the
/// queue lives in memory only: the active-saga index in Redis is what survives a crash.
/// </summary>
public sealed class SagaQueue
{
    private readonly Channel<SagaRef> _channel = Channel.CreateUnbounded<SagaRef>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<string, byte> _queued = new(StringComparer.Ordinal);

    /// <summary>Queues the saga unless it is already queued or being driven here.</summary>
    public void Enqueue(SagaRef saga)
    {
        if (_queued.TryAdd(saga.WithdrawalId, 0)) _channel.Writer.TryWrite(saga);
    }

    public IAsyncEnumerable<SagaRef> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Called when driving the saga is over, so it can be queued again.</summary>
    public void Done(SagaRef saga) => _queued.TryRemove(saga.WithdrawalId, out _);
}
