using System.Collections.Concurrent;

namespace Platform.Grpc.Tests.Infrastructure;

/// <summary>What handlers observed, for tests to wait on: which calls saw their cancellation token fire.</summary>
public sealed class CallRecorder
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _cancellations = new();

    public void RecordCancellation(string key) => Get(key).TrySetResult();

    /// <summary>Completes when the handler of the call tagged <paramref name="key"/> observed cancellation.</summary>
    public Task WaitForCancellationAsync(string key, TimeSpan timeout) => Get(key).Task.WaitAsync(timeout);

    private TaskCompletionSource Get(string key) =>
        _cancellations.GetOrAdd(key, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
