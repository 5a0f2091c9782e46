using System.Net;
using Interop.Server.Services;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Interop.Server;

public static class Extensions
{
    /// <summary>Plaintext HTTP/2 (h2c) on 127.0.0.1:--port, as the interop spec's servers listen; 0 picks a free port.</summary>
    public static WebApplicationBuilder AddInteropServer(this WebApplicationBuilder builder, ServerArguments arguments)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, arguments.Port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGrpc();

        return builder;
    }

    public static WebApplication MapInteropServices(this WebApplication app)
    {
        // UnimplementedService is deliberately not mapped: calls to it must end UNIMPLEMENTED.
        app.MapGrpcService<InteropTestService>();
        return app;
    }

    /// <summary>Prints the ready line harnesses wait for, naming the port actually bound.</summary>
    public static void AnnounceListeningAddress(this WebApplication app)
    {
        Console.WriteLine($"interop server listening on {app.Urls.Single()}");
    }
}
