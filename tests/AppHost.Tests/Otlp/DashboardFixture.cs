using Aspire.Hosting;
using Aspire.Hosting.Testing;
using AppHost.Tests.Infrastructure;
using Platform.Dashboard.Telemetry;

namespace AppHost.Tests.Otlp;

/// <summary>An application with no resources: just the dashboard, on free ports, shared by the OTLP tests.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public DistributedApplication App { get; private set; } = default!;

    public Uri OtlpGrpc { get; private set; } = default!;

    public Uri OtlpHttp { get; private set; } = default!;

    public Uri Ui { get; private set; } = default!;

    public TelemetryStores Telemetry => App.GetTelemetry();

    public async Task InitializeAsync()
    {
        var builder = DistributedApplicationTestingBuilder.Create(Repository.Root);
        App = await builder.BuildAsync();
        await App.StartAsync();
        (OtlpGrpc, OtlpHttp) = App.GetOtlpEndpoints();
        Ui = App.GetDashboardUrl();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
