using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Platform.Grpc.Server;

/// <summary>
/// The lowest-priority catch-all for gRPC requests (by content type) to <c>/{service}/{method}</c>
/// that no mapped method matched: answers UNIMPLEMENTED, telling an unknown service from an unknown method.
/// </summary>
internal static class UnimplementedCallHandler
{
    private const string ServiceKey = "unimplementedService";
    private const string MethodKey = "unimplementedMethod";

    public static void Map(IEndpointRouteBuilder builder, GrpcServiceRegistry registry, ServerCallSettings settings)
    {
        var pattern = RoutePatternFactory.Parse(
            $"{{{ServiceKey}}}/{{{MethodKey}}}",
            defaults: null,
            parameterPolicies: new RouteValueDictionary { [MethodKey] = new GrpcContentTypeRouteConstraint() });
        builder.Map(pattern, httpContext => Handle(httpContext, registry, settings))
            .WithMetadata(new HttpMethodMetadata(["POST"]))
            .WithDisplayName("gRPC - Unimplemented")
            .Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = int.MaxValue);
    }

    private static Task Handle(HttpContext httpContext, GrpcServiceRegistry registry, ServerCallSettings settings)
    {
        var service = httpContext.Request.RouteValues[ServiceKey] as string ?? "";
        var detail = registry.IsMapped(service) ? "Method is unimplemented." : "Service is unimplemented.";
        GrpcServerLog.CallRejected(settings.Logger, httpContext.Request.Path, detail);
        HttpServerCallContext.WriteTrailersOnly(httpContext.Response, new Status(StatusCode.Unimplemented, detail));
        return Task.CompletedTask;
    }
}
