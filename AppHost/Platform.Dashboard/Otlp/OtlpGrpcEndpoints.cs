using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Dashboard.Otlp;

/// <summary>OTLP/gRPC on the platform's gRPC runtime (h2c, unary Export for traces, metrics and logs).</summary>
internal static class OtlpGrpcEndpoints
{
    public static IServiceCollection AddOtlpGrpc(this IServiceCollection services, DashboardOptions options)
    {
        services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = (int)Math.Min(int.MaxValue, options.MaxRequestBodyBytes));
        return services;
    }

    public static void MapOtlpGrpc(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<OtlpTraceGrpcService>().WithMetadata(DashboardListener.OtlpGrpc);
        endpoints.MapGrpcService<OtlpMetricsGrpcService>().WithMetadata(DashboardListener.OtlpGrpc);
        endpoints.MapGrpcService<OtlpLogsGrpcService>().WithMetadata(DashboardListener.OtlpGrpc);
    }
}
