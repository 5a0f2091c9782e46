using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Platform.Dashboard;

/// <summary>One of the dashboard's listen addresses: http://localhost:port (both loopbacks) or http://ip:port.</summary>
internal sealed record ListenUrl(string Host, int Port, string Purpose)
{
    public static ListenUrl Parse(string url, string purpose)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new InvalidOperationException($"The {purpose} address '{url}' is not an http:// URL.");
        }
        if (uri.Host == "localhost" && uri.Port == 0)
        {
            throw new InvalidOperationException($"The {purpose} address '{url}' needs a fixed port with localhost; use 127.0.0.1:0 for a free port.");
        }
        return new ListenUrl(uri.Host, uri.Port, purpose);
    }

    public void Listen(KestrelServerOptions kestrel, Action<ListenOptions> configure)
    {
        if (Host == "localhost")
        {
            kestrel.ListenLocalhost(Port, configure);
        }
        else
        {
            kestrel.Listen(IPAddress.Parse(Host), Port, configure);
        }
    }

    /// <summary>Fails with a one-line message when another process already holds the port.</summary>
    public void EnsurePortFree()
    {
        if (Port == 0)
        {
            return;
        }
        try
        {
            using var probe = new TcpListener(Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(Host), Port);
            probe.Start();
        }
        catch (SocketException)
        {
            throw new InvalidOperationException($"Port {Port} ({Purpose}) is already in use by another process; stop it or choose another port.");
        }
    }
}
