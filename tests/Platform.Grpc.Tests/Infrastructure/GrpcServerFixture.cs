using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
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
        _host = await GrpcTestHost.StartAsync(
            configureBuilder: builder =>
            {
                builder.Services.AddSingleton<SwitchableHealthCheck>();
                builder.Services.Configure<HealthCheckPublisherOptions>(options =>
                {
                    options.Delay = TimeSpan.Zero;
                    options.Period = TimeSpan.FromSeconds(1);
                });
                builder.Services.AddGrpcHealthChecks(options => options.Map("ready", (_, tags) => tags.Contains("ready")))
                    .AddCheck<SwitchableHealthCheck>("switchable", tags: ["ready"]);
                builder.Services.AddGrpcReflection();
            },
            configureApp: app =>
            {
                app.MapGrpcHealthChecksService();
                app.MapGrpcReflectionService();
            });
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
