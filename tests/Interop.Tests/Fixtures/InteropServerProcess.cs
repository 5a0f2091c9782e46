using System.Text.RegularExpressions;
using Platform.Testing;

namespace Interop.Tests.Fixtures;

/// <summary>An interop server process started on a free port; disposing it kills it.</summary>
public sealed partial class InteropServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);

    private readonly ChildProcess _process;

    private InteropServerProcess(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public bool IsRunning => !_process.HasExited;

    public string RecentOutput => _process.RecentOutput;

    /// <summary>Starts the server with <c>--port 0</c> and waits for the line naming the port it bound.</summary>
    public static async Task<InteropServerProcess> StartAsync(string fileName, IEnumerable<string> arguments, string displayName)
    {
        var process = ChildProcess.Start(fileName, [.. arguments, "--port", "0"], displayName: displayName);
        try
        {
            var ready = await process.WaitForLineAsync(line => ReadyLine().IsMatch(line), StartLimit, "its ready line");
            return new InteropServerProcess(process, int.Parse(ReadyLine().Match(ready).Groups["port"].Value));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    [GeneratedRegex(@"interop server listening on http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex ReadyLine();
}
