using System.Collections.Concurrent;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// The current state of every replica, and ways to wait for a state. The orchestrator publishes, everyone else
/// reads: the dashboard, tests (WaitForResourceHealthyAsync) and the start-up banner.
/// </summary>
public sealed class ResourceNotificationService
{
    private readonly ConcurrentDictionary<string, ResourceSnapshot> _snapshots = new();
    private readonly object _gate = new();
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Raised after every published change, on the publishing thread.</summary>
    public event Action<ResourceSnapshot>? Changed;

    public IReadOnlyList<ResourceSnapshot> GetSnapshots() =>
        _snapshots.Values.OrderBy(s => s.ResourceName, StringComparer.Ordinal).ThenBy(s => s.ReplicaIndex).ToList();

    public IReadOnlyList<ResourceSnapshot> GetReplicas(string resourceName) =>
        GetSnapshots().Where(s => s.ResourceName == resourceName).ToList();

    public ResourceSnapshot? TryGetInstance(string instanceName) => _snapshots.GetValueOrDefault(instanceName);

    public void Publish(ResourceSnapshot snapshot)
    {
        lock (_gate)
        {
            _snapshots[snapshot.InstanceName] = snapshot;
        }
        Announce(snapshot);
    }

    /// <summary>Replaces a replica's snapshot atomically; returning the same instance from <paramref name="change"/> publishes nothing.</summary>
    public ResourceSnapshot Update(string instanceName, Func<ResourceSnapshot, ResourceSnapshot> change)
    {
        ResourceSnapshot current, updated;
        lock (_gate)
        {
            current = _snapshots[instanceName];
            updated = change(current);
            _snapshots[instanceName] = updated;
        }
        if (!ReferenceEquals(current, updated))
        {
            Announce(updated);
        }
        return updated;
    }

    private void Announce(ResourceSnapshot snapshot)
    {
        // Subscribers hear of a change before waiters wake, so what a waiter does next (start a dependent resource)
        // is never announced ahead of the change that allowed it.
        try
        {
            Changed?.Invoke(snapshot);
        }
        finally
        {
            TaskCompletionSource changed;
            lock (_gate)
            {
                changed = _changed;
                _changed = NewSignal();
            }
            changed.TrySetResult();
        }
    }

    /// <summary>Waits until every replica of <paramref name="resourceName"/> satisfies <paramref name="predicate"/>.</summary>
    public async Task<IReadOnlyList<ResourceSnapshot>> WaitForResourceAsync(string resourceName,
        Func<ResourceSnapshot, bool> predicate, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }
            var replicas = GetReplicas(resourceName);
            if (replicas.Count > 0 && replicas.All(predicate))
            {
                return replicas;
            }
            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<IReadOnlyList<ResourceSnapshot>> WaitForResourceAsync(string resourceName, string targetState,
        CancellationToken cancellationToken = default) =>
        WaitForResourceAsync(resourceName, s => s.State == targetState, cancellationToken);

    /// <summary>Waits until every replica is running and all its health probes pass.</summary>
    public Task<IReadOnlyList<ResourceSnapshot>> WaitForResourceHealthyAsync(string resourceName,
        CancellationToken cancellationToken = default) =>
        WaitForResourceAsync(resourceName, s => s.IsHealthy, cancellationToken);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
