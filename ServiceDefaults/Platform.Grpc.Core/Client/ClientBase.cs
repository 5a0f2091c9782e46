namespace Grpc.Core;

/// <summary>The base of generated clients: holds the <see cref="Core.CallInvoker"/> they call through.</summary>
public abstract class ClientBase
{
    private readonly ClientBaseConfiguration? _configuration;

    protected ClientBase()
    {
        CallInvoker = UnusableCallInvoker.Instance;
    }

    protected ClientBase(ClientBaseConfiguration configuration)
    {
        _configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
        CallInvoker = configuration.CallInvoker;
    }

    protected ClientBase(ChannelBase channel)
        : this((channel ?? throw new ArgumentNullException(nameof(channel))).CreateCallInvoker())
    {
    }

    protected ClientBase(CallInvoker callInvoker)
        : this(new ClientBaseConfiguration(callInvoker))
    {
    }

    protected CallInvoker CallInvoker { get; }

    internal ClientBaseConfiguration Configuration => _configuration ?? new ClientBaseConfiguration(CallInvoker);

    /// <summary>What a client is made of, so a derived client can be re-created from it.</summary>
    protected internal class ClientBaseConfiguration
    {
        internal ClientBaseConfiguration(CallInvoker callInvoker)
        {
            CallInvoker = callInvoker ?? throw new ArgumentNullException(nameof(callInvoker));
        }

        internal CallInvoker CallInvoker { get; }
    }
}
