using System.Net.Sockets;

namespace Platform.Redis.Connection;

/// <summary>Opens a <see cref="PhysicalConnection"/>: TCP connect, then the handshake, all within the connect timeout.</summary>
internal static class ConnectionOpener
{
    /// <summary>Opens a connection and runs the handshake (HELLO / AUTH / SETNAME / SELECT) within the connect timeout.</summary>
    public static async Task<PhysicalConnection> ConnectAsync(RedisOptions options, Action<RedisReply>? onPush, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        PhysicalConnection? connection = null;
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
            await socket.ConnectAsync(options.Endpoint.Host, options.Endpoint.Port, timeout.Token).ConfigureAwait(false);
            connection = new PhysicalConnection(socket, options.Endpoint, options.CommandTimeout, onPush);
            foreach (var (command, args) in Handshake.Commands(options))
            {
                await connection.ExecuteDirectAsync(command, args, options.ConnectTimeout).AsTask().WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            return connection;
        }
        catch (Exception ex)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            socket.Dispose();
            if (ex is RedisServerException server)
            {
                throw new RedisConnectionException($"Redis at {options.Endpoint} refused the connection handshake: {server.ErrorCode}.", ex);
            }
            var reason = ex is OperationCanceledException && !cancellationToken.IsCancellationRequested
                ? $"timed out after {options.ConnectTimeout.TotalMilliseconds:0} ms"
                : ex.Message;
            throw new RedisConnectionException($"Could not connect to Redis at {options.Endpoint}: {reason}", ex);
        }
    }

}
