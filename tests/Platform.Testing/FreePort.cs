using System.Net;
using System.Net.Sockets;

namespace Platform.Testing;

/// <summary>Finds TCP ports on 127.0.0.1 that nothing is listening on.</summary>
public static class FreePort
{
    /// <summary>Asks the kernel for an ephemeral port and releases it straight away.</summary>
    public static int Next()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
