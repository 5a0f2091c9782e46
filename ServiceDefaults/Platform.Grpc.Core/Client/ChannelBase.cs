namespace Grpc.Core;

/// <summary>A connection target that creates call invokers.</summary>
public abstract class ChannelBase
{
    protected ChannelBase(string target)
    {
        Target = target ?? throw new ArgumentNullException(nameof(target));
    }

    public string Target { get; }

    public abstract CallInvoker CreateCallInvoker();

    public Task ShutdownAsync() => ShutdownAsyncCore();

    protected virtual Task ShutdownAsyncCore() => Task.CompletedTask;
}
