using Grpc.Net.Client;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Grpc.ClientFactory;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers typed gRPC clients whose channel is shared and whose address comes from configuration.</summary>
public static class GrpcClientServiceExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> (a generated client) for the service called <paramref name="name"/>:
    /// its address is discovered from configuration (<c>services__{name}__grpc__0</c> or <c>services__{name}__http__0</c>,
    /// as an Aspire app host injects) unless <see cref="GrpcClientFactoryOptions.Address"/> is set.
    /// </summary>
    public static IGrpcClientBuilder AddGrpcClient<TClient>(this IServiceCollection services, string name, Action<GrpcClientFactoryOptions>? configure = null)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var options = services.AddOptions<GrpcClientFactoryOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<GrpcClientFactory, DefaultGrpcClientFactory>();
        services.TryAddTransient(provider => provider.GetRequiredService<GrpcClientFactory>().CreateClient<TClient>(name));
        return new GrpcClientBuilder(name, services);
    }

    /// <summary>Registers <typeparamref name="TClient"/> under its type name; set the address (or a service name as its host) in <paramref name="configure"/>.</summary>
    public static IGrpcClientBuilder AddGrpcClient<TClient>(this IServiceCollection services, Action<GrpcClientFactoryOptions> configure)
        where TClient : class
        => services.AddGrpcClient<TClient>(typeof(TClient).Name, configure);

    /// <summary>Changes the options of the client's channel.</summary>
    public static IGrpcClientBuilder ConfigureChannel(this IGrpcClientBuilder builder, Action<GrpcChannelOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<GrpcClientFactoryOptions>(builder.Name, options => options.ChannelOptionsActions.Add(configure));
        return builder;
    }
}
