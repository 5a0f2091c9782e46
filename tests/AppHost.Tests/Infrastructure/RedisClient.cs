using System.Net.Sockets;
using System.Text;

namespace AppHost.Tests.Infrastructure;

/// <summary>Just enough RESP to check a connection string: AUTH, then commands with simple replies.</summary>
public sealed class RedisClient : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly StreamReader _reader;

    private RedisClient(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        _reader = new StreamReader(_stream, Encoding.UTF8);
    }

    /// <summary>Connects with a StackExchange-style connection string: "host:port,password=...".</summary>
    public static async Task<RedisClient> ConnectAsync(string connectionString)
    {
        var parts = connectionString.Split(',');
        var hostPort = parts[0].Split(':');
        var client = new TcpClient();
        await client.ConnectAsync(hostPort[0], int.Parse(hostPort[1]));
        var redis = new RedisClient(client);
        var password = parts.Skip(1).Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == "password")?[1];
        if (password is not null)
        {
            var reply = await redis.SendAsync("AUTH", password);
            if (reply != "+OK")
            {
                throw new InvalidOperationException($"AUTH failed: {reply}");
            }
        }
        return redis;
    }

    /// <summary>Sends a command and returns the reply's first line (for bulk strings, the value).</summary>
    public async Task<string> SendAsync(params string[] command)
    {
        var request = $"*{command.Length}\r\n" + string.Concat(command.Select(c => $"${Encoding.UTF8.GetByteCount(c)}\r\n{c}\r\n"));
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        var line = await _reader.ReadLineAsync() ?? throw new IOException("redis closed the connection");
        if (line.StartsWith('$'))
        {
            return line == "$-1" ? "(nil)" : await _reader.ReadLineAsync() ?? "";
        }
        return line;
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
