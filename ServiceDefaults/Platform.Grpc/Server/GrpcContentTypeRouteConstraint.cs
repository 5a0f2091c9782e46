using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Server;

/// <summary>Matches only requests whose content type is gRPC, so the catch-all never swallows other traffic.</summary>
internal sealed class GrpcContentTypeRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        httpContext is not null && GrpcProtocol.IsGrpcContentType(httpContext.Request.ContentType);
}
