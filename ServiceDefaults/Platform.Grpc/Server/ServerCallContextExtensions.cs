using Microsoft.AspNetCore.Http;
using Platform.Grpc.Server;

namespace Grpc.Core;

/// <summary>Reaches the ASP.NET Core request behind a server call (as in Grpc.AspNetCore).</summary>
public static class ServerCallContextExtensions
{
    public static HttpContext GetHttpContext(this ServerCallContext serverCallContext) =>
        serverCallContext is HttpServerCallContext call
            ? call.HttpContext
            : throw new InvalidOperationException("This ServerCallContext does not come from an ASP.NET Core request.");
}
