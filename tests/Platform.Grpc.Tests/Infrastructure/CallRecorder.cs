using System.Collections.Concurrent;

namespace Platform.Grpc.Tests.Infrastructure;

/// <summary>What handlers observed, for tests to wait on: which calls started waiting, and which saw their cancellation token fire.</summary>
public sealed class CallRecorder
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();

    public void RecordWaiting(string key) => Get("waiting:" + key).TrySetResult();

    public void RecordCancellation(string key) => Get("cancelled:" + key).TrySetResult();

    /// <summary>Completes when the handler of the call tagged <paramref name="key"/> is waiting for cancellation.</summary>
    public Task WaitUntilWaitingAsync(string key, TimeSpan timeout) => Get("waiting:" + key).Task.WaitAsync(timeout);

    /// <summary>Completes when the handler of the call tagged <paramref name="key"/> observed cancellation.</summary>
    public Task WaitForCancellationAsync(string key, TimeSpan timeout) => Get("cancelled:" + key).Task.WaitAsync(timeout);

    private TaskCompletionSource Get(string key) =>
        _signals.GetOrAdd(key, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
