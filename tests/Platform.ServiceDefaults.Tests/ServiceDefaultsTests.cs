using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Tests;

public sealed class ServiceDefaultsTests
{
    private static readonly ActivitySource Source = new("Platform.ServiceDefaults.Tests");

    private static async Task<WebApplication> StartServiceAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGet("/work", (ILogger<ServiceDefaultsTests> logger) =>
        {
            using var activity = Source.StartActivity("inner-work");
            logger.LogInformation("did the work for {Customer}", "customer-42");
            return "done";
        });
        await app.StartAsync();
        return app;
    }

    [Fact]
    public async Task Health_and_alive_answer_healthy()
    {
        await using var app = await StartServiceAsync(new Dictionary<string, string?>());
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var health = await http.GetAsync("/health");
        var alive = await http.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task Traces_metrics_and_logs_reach_the_configured_otlp_endpoint()
    {
        await using var sink = await OtlpHttpSink.StartAsync();
        await using var app = await StartServiceAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = sink.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_SERVICE_NAME"] = "defaults-under-test",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "300",
        });
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        Assert.Equal("done", await http.GetStringAsync("/work"));

        await WaitUntil(() =>
            sink.Received("/v1/traces", "inner-work") &&
            sink.Received("/v1/traces", "GET /work") &&
            sink.Received("/v1/traces", "http.route") &&
            sink.Received("/v1/traces", "defaults-under-test") &&
            sink.Received("/v1/logs", "did the work for") &&
            sink.Received("/v1/metrics", "http.server.request.duration"));
        Assert.All(sink.ContentTypes, t => Assert.Equal("application/x-protobuf", t));
    }

    [Fact]
    public async Task Health_probes_are_not_traced()
    {
        await using var sink = await OtlpHttpSink.StartAsync();
        await using var app = await StartServiceAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = sink.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        });
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        for (var i = 0; i < 5; i++) await http.GetAsync("/health");
        await http.GetAsync("/work");

        await WaitUntil(() => sink.Received("/v1/traces", "GET /work"));
        Assert.False(sink.Received("/v1/traces", "GET /health"));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "the expected telemetry never arrived");
            await Task.Delay(100);
        }
    }
}
