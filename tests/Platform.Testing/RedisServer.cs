using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Platform.Testing;

/// <summary>
/// A real redis-server for a test: listens on 127.0.0.1 on a free port, keeps an append-only file in its own temp
/// directory (no RDB snapshots), and can be killed with SIGKILL and started again on the same port and directory,
/// which replays the AOF. Disposing kills it and deletes the directory.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _executable;
    private readonly RedisServerOptions _options;
    private ChildProcess? _process;

    private RedisServer(string executable, int port, string directory, RedisServerOptions options)
    {
        _executable = executable;
        Port = port;
        Directory = directory;
        _options = options;
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The working directory holding the append-only file.</summary>
    public string Directory { get; }

    /// <summary>The endpoint as "127.0.0.1:port".</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>A connection string in the Aspire / StackExchange.Redis format.</summary>
    public string ConnectionString => _options.Password is null ? Endpoint : $"{Endpoint},password={_options.Password}";

    /// <summary>The operating-system id of the running server process, or null when it is not running.</summary>
    public int? ProcessId => IsRunning ? _process!.Id : null;

    /// <summary>True while the server process is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts a new server and waits until it answers PING.</summary>
    public static async Task<RedisServer> StartAsync(RedisServerOptions? options = null)
    {
        var executable = ExecutableLocator.Require("redis-server", "apt-get install -y redis-server redis-tools");
        var directory = Path.Combine(Path.GetTempPath(), "redis-test-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var server = new RedisServer(executable, FreePort.Next(), directory, options ?? new RedisServerOptions());
        try
        {
            await server.RestartAsync().ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Kills the server with SIGKILL: no shutdown, no final fsync; waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }
        await _process.DisposeAsync().ConfigureAwait(false);
        _process = null;
    }

    /// <summary>Starts the server (again) on the same port and directory and waits until it answers PING.</summary>
    public async Task RestartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The redis-server is already running; kill it first.");
        }
        _process = ChildProcess.Start(_executable, BuildArguments(), workingDirectory: Directory, displayName: $"redis-server:{Port}");
        await Poll.UntilAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode}: {_process.RecentOutput}");
                }
                return await PingAsync().ConfigureAwait(false);
            },
            _options.StartTimeout,
            $"redis-server on port {Port} to answer PING").ConfigureAwait(false);
    }

    /// <summary>Kills the server and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still being closed; the temp folder is cleaned by the OS eventually.
        }
    }

    private List<string> BuildArguments()
    {
        List<string> arguments =
        [
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1",
            "--dir", Directory,
            "--appendonly", "yes",
            "--appendfsync", _options.AppendFsync,
            "--save", "",
            "--daemonize", "no",
            "--protected-mode", "no",
            "--logfile", "",
        ];
        if (_options.EnableDebugCommand)
        {
            arguments.AddRange(["--enable-debug-command", "yes"]);
        }
        if (_options.Password is not null)
        {
            arguments.AddRange(["--requirepass", _options.Password]);
        }
        arguments.AddRange(_options.ExtraArguments);
        return arguments;
    }

    private async Task<bool> PingAsync()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, Port), timeout.Token).ConfigureAwait(false);
        var command = _options.Password is null
            ? "PING\r\n"
            : $"*2\r\n$4\r\nAUTH\r\n${Encoding.UTF8.GetByteCount(_options.Password)}\r\n{_options.Password}\r\nPING\r\n";
        await socket.SendAsync(Encoding.UTF8.GetBytes(command), SocketFlags.None, timeout.Token).ConfigureAwait(false);
        var buffer = new byte[256];
        var received = new StringBuilder();
        while (!received.ToString().Contains("PONG", StringComparison.Ordinal))
        {
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }
            received.Append(Encoding.UTF8.GetString(buffer, 0, read));
            if (received.ToString().Contains("-LOADING", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
