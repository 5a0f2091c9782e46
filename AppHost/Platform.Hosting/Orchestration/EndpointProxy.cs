using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Platform.Hosting.Orchestration;

/// <summary>
/// The public port of an endpoint with several replicas: accepts TCP connections and relays each one, whole, to the
/// next replica in turn (healthy ones first). Works for any protocol; a long-lived HTTP/2 connection stays on the
/// replica it was given, as with Aspire's proxy.
/// </summary>
internal sealed partial class EndpointProxy(int publicPort, Func<IReadOnlyList<int>> targetPorts, ILogger logger) : IAsyncDisposable
{
    private static readonly TimeSpan NoReplicaWait = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stopping = new();
    private readonly TcpListener _listener = new(IPAddress.Loopback, publicPort);
    private Task _accepting = Task.CompletedTask;
    private int _next;

    public int PublicPort => publicPort;

    public void Start()
    {
        _listener.Start();
        _accepting = AcceptLoopAsync(_stopping.Token);
    }

    private async Task AcceptLoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = RelayAsync(client, stopping);
        }
    }

    private async Task RelayAsync(Socket client, CancellationToken stopping)
    {
        using var clientSocket = client;
        using var upstream = await ConnectToReplicaAsync(stopping).ConfigureAwait(false);
        if (upstream is null)
        {
            LogNoReplica(publicPort);
            return;
        }
        await using var clientStream = new NetworkStream(clientSocket, ownsSocket: false);
        await using var upstreamStream = new NetworkStream(upstream, ownsSocket: false);
        var toReplica = PumpAsync(clientStream, upstream, upstreamStream, stopping);
        var toClient = PumpAsync(upstreamStream, clientSocket, clientStream, stopping);
        await Task.WhenAll(toReplica, toClient).ConfigureAwait(false);
    }

    /// <summary>Copies one direction; at end of input, half-closes the other side so it sees end of stream too.</summary>
    private static async Task PumpAsync(NetworkStream from, Socket toSocket, NetworkStream to, CancellationToken stopping)
    {
        try
        {
            await from.CopyToAsync(to, stopping).ConfigureAwait(false);
            toSocket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // One side went away; disposing both sockets ends the other direction.
            toSocket.Close();
        }
    }

    private async Task<Socket?> ConnectToReplicaAsync(CancellationToken stopping)
    {
        var deadline = DateTime.UtcNow + NoReplicaWait;
        while (!stopping.IsCancellationRequested && DateTime.UtcNow < deadline)
        {
            var ports = targetPorts();
            for (var attempt = 0; attempt < ports.Count; attempt++)
            {
                var port = ports[(int)((uint)Interlocked.Increment(ref _next) % ports.Count)];
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), stopping).ConfigureAwait(false);
                    return socket;
                }
                catch (Exception e) when (e is SocketException or OperationCanceledException)
                {
                    socket.Dispose();
                }
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _accepting.ConfigureAwait(false);
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Port {Port}: no replica is running, connection closed")]
    private partial void LogNoReplica(int port);
}
