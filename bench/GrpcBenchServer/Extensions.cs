using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GrpcBenchServer;

public static class Extensions
{
    /// <summary>h2c on 127.0.0.1 like every server of the benchmark, with logging kept out of the hot path.</summary>
    public static WebApplicationBuilder AddBenchServer(this WebApplicationBuilder builder, int port)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGrpc();
        return builder;
    }
}
