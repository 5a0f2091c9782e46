using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;

namespace Platform.Hosting.Orchestration;

/// <summary>Finds free loopback ports, and never hands out the same one twice in this process.</summary>
internal sealed class PortAllocator
{
    private readonly HashSet<int> _handedOut = [];

    public int AllocateFreePort()
    {
        lock (_handedOut)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (_handedOut.Add(port))
                {
                    return port;
                }
            }
        }
    }

    /// <summary>Claims a fixed port, failing with a one-line message if another process holds it.</summary>
    public int Claim(int port, string purpose)
    {
        if (!IsFree(port))
        {
            throw new DistributedApplicationException($"Port {port} ({purpose}) is already in use by another process; stop it or choose another port.");
        }
        lock (_handedOut)
        {
            _handedOut.Add(port);
        }
        return port;
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
