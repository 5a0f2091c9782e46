using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Grpc.Server;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps gRPC services onto endpoint routing.</summary>
public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every method of <typeparamref name="TService"/> (a class deriving from a generated
    /// <c>*Base</c>) to <c>POST /package.Service/Method</c>. The instance is taken from DI when
    /// registered, otherwise created for each call.
    /// </summary>
    public static GrpcServiceEndpointConventionBuilder MapGrpcService<TService>(this IEndpointRouteBuilder builder)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.ServiceProvider;
        var registry = services.GetService<GrpcServiceRegistry>()
            ?? throw new InvalidOperationException("Call builder.Services.AddGrpc() before mapping gRPC services.");
        var options = services.GetRequiredService<IOptions<GrpcServiceOptions>>().Value;
        var settings = new ServerCallSettings(options, services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Grpc.Server"));

        var (bindMethod, bindType) = ServiceBindingDiscovery.Find(typeof(TService));
        var binder = new ServiceMethodBinder<TService>(new ServiceActivator<TService>(services), settings);
        bindMethod.Invoke(null, [binder, null]);

        var endpoints = new List<IEndpointConventionBuilder>(binder.Bindings.Count);
        foreach (var (method, handler) in binder.Bindings)
        {
            endpoints.Add(builder.MapPost(method.FullName, handler)
                .WithMetadata(new GrpcMethodMetadata(typeof(TService), method))
                .WithDisplayName($"gRPC - {method.FullName}"));
            registry.Add(new MappedGrpcService(method.ServiceName, bindType));
        }

        if (!options.IgnoreUnknownServices && registry.TryClaimCatchAll(builder))
        {
            UnimplementedCallHandler.Map(builder, registry, settings);
        }

        return new GrpcServiceEndpointConventionBuilder(endpoints);
    }
}
