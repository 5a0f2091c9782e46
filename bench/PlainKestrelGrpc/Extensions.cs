using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace PlainKestrelGrpc;

public static class Extensions
{
    /// <summary>h2c on 127.0.0.1, exactly as the interop server listens, with logging kept out of the hot path.</summary>
    public static WebApplicationBuilder AddPlainKestrel(this WebApplicationBuilder builder, int port)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder;
    }

    public static void AnnounceListeningAddress(this WebApplication app)
    {
        Console.WriteLine($"plain kestrel listening on {app.Urls.Single()}");
    }
}
