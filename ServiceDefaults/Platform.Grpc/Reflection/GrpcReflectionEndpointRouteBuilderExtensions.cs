using Grpc.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grpc.Server;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps gRPC server reflection (v1alpha and v1).</summary>
public static class GrpcReflectionEndpointRouteBuilderExtensions
{
    /// <summary>Maps both reflection services; they describe every service mapped on this app, whenever mapped.</summary>
    public static IEndpointConventionBuilder MapGrpcReflectionService(this IEndpointRouteBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.ServiceProvider.GetService<ReflectionServiceImpl>() is null)
        {
            throw new InvalidOperationException("Call builder.Services.AddGrpcReflection() before MapGrpcReflectionService().");
        }

        var v1Alpha = builder.MapGrpcService<ReflectionServiceImpl>();
        var v1 = builder.MapGrpcService<ReflectionServiceImplV1>();
        return new GrpcServiceEndpointConventionBuilder([v1Alpha, v1]);
    }
}
