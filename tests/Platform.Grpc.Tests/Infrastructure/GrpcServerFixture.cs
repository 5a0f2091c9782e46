using Grpc.Net.Client;
using Platform.Testing;

namespace Platform.Grpc.Tests.Infrastructure;

/// <summary>One server and one channel shared by the tests of the "grpc" collection.</summary>
public sealed class GrpcServerFixture : IAsyncLifetime
{
    private GrpcTestHost? _host;
    private GrpcChannel? _channel;

    public GrpcTestHost Host => _host ?? throw new InvalidOperationException("The fixture is not started.");

    public GrpcChannel Channel => _channel ?? throw new InvalidOperationException("The fixture is not started.");

    public TestService.TestServiceClient Client => new(Channel);

    public async Task InitializeAsync()
    {
        _host = await GrpcTestHost.StartAsync();
        _channel = _host.CreateChannel();
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
