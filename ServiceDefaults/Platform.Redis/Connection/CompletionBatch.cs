using System.Collections.Concurrent;

namespace Platform.Redis.Connection;

/// <summary>
/// Replies parsed in one read, completed together on a thread-pool thread: one hand-off per batch instead of one
/// per command, and callers' continuations never run on the connection's reader, so a caller that blocks cannot
/// stop replies from being read.
/// </summary>
internal sealed class CompletionBatch : IThreadPoolWorkItem
{
    private static readonly ConcurrentQueue<CompletionBatch> Pool = new();

    private readonly List<(PendingReply Pending, RedisReply Reply)> _items = [];

    public int Count => _items.Count;

    public static CompletionBatch Rent() => Pool.TryDequeue(out var batch) ? batch : new CompletionBatch();

    public void Add(PendingReply pending, RedisReply reply) => _items.Add((pending, reply));

    public void Execute()
    {
        foreach (var (pending, reply) in _items)
        {
            pending.TrySetResult(reply);
            pending.ReleaseByConnection();
        }
        _items.Clear();
        if (Pool.Count < 64)
        {
            Pool.Enqueue(this);
        }
    }
}
