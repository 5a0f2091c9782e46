using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Dashboard.Resources;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard;

/// <summary>
/// Runs the dashboard as a web application of its own inside the app host: the UI, OTLP/gRPC and OTLP/HTTP, each on
/// its own port. Start it before the resources (they need the OTLP address) and stop it after them.
/// </summary>
public sealed class DashboardHost(DashboardOptions options, IDashboardResourceSource resources) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;
    private readonly Dictionary<DashboardListener, ListenOptions> _listeners = [];

    public TelemetryStores Telemetry { get; } = new(options, new ChangeFeed());

    public DashboardOptions Options => options;

    /// <summary>The UI's address (after start), e.g. http://localhost:18888.</summary>
    public Uri UiUrl => Address(DashboardListener.Ui, options.UiUrl);

    public Uri OtlpGrpcUrl => Address(DashboardListener.OtlpGrpc, options.OtlpGrpcUrl);

    public Uri OtlpHttpUrl => Address(DashboardListener.OtlpHttp, options.OtlpHttpUrl);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var endpoints = new[]
        {
            // Cleartext, so HTTP/2 only where clients use prior knowledge (gRPC); browsers and OTLP/HTTP use HTTP/1.1.
            (DashboardListener.Ui, ListenUrl.Parse(options.UiUrl, "dashboard UI"), HttpProtocols.Http1),
            (DashboardListener.OtlpGrpc, ListenUrl.Parse(options.OtlpGrpcUrl, "dashboard OTLP/gRPC"), HttpProtocols.Http2),
            (DashboardListener.OtlpHttp, ListenUrl.Parse(options.OtlpHttpUrl, "dashboard OTLP/HTTP"), HttpProtocols.Http1),
        };
        foreach (var (_, url, _) in endpoints)
        {
            url.EnsurePortFree();
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DashboardHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            // ASPNETCORE_URLS (the app host's, naming the UI) reaches this web host's settings too, and Kestrel warns
            // that the listeners below override it, which is the intent.
            .AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Error);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            foreach (var (listener, url, protocols) in endpoints)
            {
                url.Listen(kestrel, listenOptions =>
                {
                    listenOptions.Protocols = protocols;
                    _listeners[listener] = listenOptions;
                });
            }
        });
        builder.Services.AddDashboard(options, Telemetry, resources);
        _app = builder.Build();
        _app.MapDashboard(listener => _listeners[listener]);
        await _app.StartAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private Uri Address(DashboardListener listener, string configured)
    {
        var url = new UriBuilder(configured);
        if (_listeners.TryGetValue(listener, out var bound) && bound.IPEndPoint is { } endpoint)
        {
            url.Port = endpoint.Port;
        }
        return url.Uri;
    }
}
