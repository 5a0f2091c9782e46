namespace Interop.Tests.Fixtures;

/// <summary>One interop server process shared by every test of the assembly, killed when they are done.</summary>
public abstract class ServerFixture : IAsyncLifetime
{
    private InteropServerProcess? _server;

    public InteropServerProcess Server => _server ?? throw new InvalidOperationException("the server has not started");

    public async Task InitializeAsync() => _server = await StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    protected abstract Task<InteropServerProcess> StartAsync();
}
