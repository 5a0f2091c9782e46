using System.Net.Sockets;
using System.Text;
using Platform.Hosting.Orchestration;

namespace Platform.Hosting.Redis;

/// <summary>Redis is healthy when AUTH and PING both succeed (PING answers -LOADING while the AOF is replayed).</summary>
internal static class RedisPing
{
    public static async Task<bool> IsHealthyAsync(int port, string password, CancellationToken cancellationToken)
    {
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(EndpointAddresses.Host, port, cancellationToken).ConfigureAwait(false);
        var stream = client.GetStream();
        var request = Command("AUTH", password) + Command("PING");
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request), cancellationToken).ConfigureAwait(false);

        var reply = new StringBuilder();
        var buffer = new byte[256];
        while (CountLines(reply) < 2)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }
            reply.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }
        return reply.ToString() == "+OK\r\n+PONG\r\n";
    }

    private static string Command(params string[] parts) =>
        $"*{parts.Length}\r\n" + string.Concat(parts.Select(p => $"${Encoding.UTF8.GetByteCount(p)}\r\n{p}\r\n"));

    private static int CountLines(StringBuilder text) => text.ToString().Split("\r\n").Length - 1;
}
