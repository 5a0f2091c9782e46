using Microsoft.Extensions.Hosting;

namespace Aspire.Hosting.Testing;

/// <summary>Deleted when the application's services are disposed (after every process has stopped).</summary>
internal sealed class TemporaryDirectory(string path) : IHostedService, IDisposable
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a file still held open only leaves a directory in /tmp.
        }
    }
}
