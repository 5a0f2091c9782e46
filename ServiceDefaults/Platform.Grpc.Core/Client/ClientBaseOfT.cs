namespace Grpc.Core;

/// <summary>The generic base of generated clients.</summary>
public abstract class ClientBase<T> : ClientBase
    where T : ClientBase<T>
{
    protected ClientBase()
    {
    }

    protected ClientBase(ClientBaseConfiguration configuration)
        : base(configuration)
    {
    }

    protected ClientBase(ChannelBase channel)
        : base(channel)
    {
    }

    protected ClientBase(CallInvoker callInvoker)
        : base(callInvoker)
    {
    }

    /// <summary>Creates a client of the same type from a configuration.</summary>
    protected abstract T NewInstance(ClientBaseConfiguration configuration);
}
