using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Platform.Grpc.ClientFactory;

/// <summary>
/// Creates clients over one channel per client name, made on first use and disposed with the
/// container. Clients themselves are cheap and created per resolution.
/// </summary>
internal sealed class DefaultGrpcClientFactory(
    IServiceProvider services,
    IConfiguration configuration,
    IOptionsMonitor<GrpcClientFactoryOptions> optionsMonitor) : GrpcClientFactory, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<CallInvoker>> _invokers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, ObjectFactory> _clientFactories = new();
    private readonly ConcurrentBag<GrpcChannel> _channels = [];

    public override TClient CreateClient<TClient>(string name)
    {
        var invoker = _invokers.GetOrAdd(name, key => new Lazy<CallInvoker>(() => CreateInvoker(key))).Value;
        var factory = _clientFactories.GetOrAdd(typeof(TClient), static type => ActivatorUtilities.CreateFactory(type, [typeof(CallInvoker)]));
        return (TClient)factory(services, [invoker]);
    }

    public void Dispose()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
    }

    private CallInvoker CreateInvoker(string name)
    {
        var options = optionsMonitor.Get(name);
        var address = ServiceEndpointResolver.Resolve(configuration, name, options.Address);
        var channelOptions = new GrpcChannelOptions();
        foreach (var configure in options.ChannelOptionsActions)
        {
            configure(channelOptions);
        }

        var channel = GrpcChannel.ForAddress(address, channelOptions);
        _channels.Add(channel);
        var invoker = channel.CreateCallInvoker();
        return options.DefaultDeadline is { } deadline ? new DefaultDeadlineCallInvoker(invoker, deadline) : invoker;
    }
}
