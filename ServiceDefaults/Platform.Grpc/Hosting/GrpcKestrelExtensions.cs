using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Microsoft.AspNetCore.Hosting;

/// <summary>
/// Endpoints for gRPC without TLS. Plain-text HTTP/2 works only with prior knowledge (h2c), which
/// Kestrel offers only on endpoints that speak HTTP/2 alone; an HTTP/1.1+2 endpoint without TLS
/// falls back to HTTP/1.1. So a service that serves REST and gRPC gets two endpoints.
/// </summary>
public static class GrpcKestrelExtensions
{
    /// <summary>
    /// Makes the configured Kestrel endpoint <paramref name="endpointName"/> (e.g. from
    /// <c>Kestrel__Endpoints__grpc__Url=http://127.0.0.1:5101</c>) speak HTTP/2 only, unless its
    /// <c>Protocols</c> is configured explicitly. Other endpoints (ASPNETCORE_URLS) keep their defaults.
    /// </summary>
    public static IWebHostBuilder UseGrpcEndpoint(this IWebHostBuilder builder, string endpointName = "grpc")
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(endpointName);
        return builder.ConfigureKestrel((context, kestrel) =>
            kestrel.Configure(context.Configuration.GetSection("Kestrel"), reloadOnChange: false)
                .Endpoint(endpointName, endpoint =>
                {
                    if (endpoint.ConfigSection["Protocols"] is null)
                    {
                        endpoint.ListenOptions.Protocols = HttpProtocols.Http2;
                    }
                }));
    }

    /// <summary>Makes every endpoint without explicit protocols HTTP/2 only: for services that serve gRPC alone.</summary>
    public static IWebHostBuilder UseHttp2OnlyEndpoints(this IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Protocols = HttpProtocols.Http2));
    }

    /// <summary>Listens for gRPC (h2c) on the loopback interface; port 0 picks a free port.</summary>
    public static KestrelServerOptions ListenGrpcLoopback(this KestrelServerOptions options, int port)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2);
        return options;
    }
}
