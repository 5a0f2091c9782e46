using System.Diagnostics;
using System.Diagnostics.Metrics;
using AppHost.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Platform.Dashboard.Telemetry;

namespace AppHost.Tests.Otlp;

/// <summary>
/// The real OpenTelemetry .NET SDK and OTLP exporter (1.20.1) send to the dashboard over both protocols; what the
/// stores hold must be what was sent.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class OpenTelemetryExporterTests(DashboardFixture dashboard)
{
    public static TheoryData<string> Protocols => ["grpc", "http/protobuf"];

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Traces_arrive_with_names_attributes_parents_status_and_resource(string protocol)
    {
        var service = $"traces-{Slug(protocol)}";
        var sourceName = $"Test.{service}";
        string traceId, rootSpanId, childSpanId;
        using (var provider = Sdk.CreateTracerProviderBuilder()
                   .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service, serviceInstanceId: $"{service}-7"))
                   .AddSource(sourceName)
                   .AddOtlpExporter(o => Configure(o, protocol, "traces"))
                   .Build())
        using (var source = new ActivitySource(sourceName))
        {
            using (var request = source.StartActivity("GET /orders", ActivityKind.Server)!)
            {
                request.SetTag("http.route", "/orders");
                using var load = source.StartActivity("load order", ActivityKind.Client)!;
                load.SetTag("answer", 42).SetTag("flag", true).SetTag("ratio", 0.5).SetTag("tags", new[] { "a", "b" });
                load.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection { ["attempt"] = 2 }));
                load.SetStatus(ActivityStatusCode.Error, "order store unavailable");
                (traceId, rootSpanId, childSpanId) = (request.TraceId.ToHexString(), request.SpanId.ToHexString(), load.SpanId.ToHexString());
            }
            Assert.True(provider.ForceFlush(10_000));
        }

        var trace = await Eventually.GetAsync(
            () => dashboard.Telemetry.Traces.Get(traceId) is { Spans.Count: 2 } t ? t : null, $"trace {traceId} over {protocol}");
        Assert.Equal(traceId, trace.Summary.TraceId);
        Assert.Equal("GET /orders", trace.Summary.Name);
        Assert.Equal(new[] { service }, trace.Summary.Services);
        Assert.Equal(1, trace.Summary.ErrorCount);

        var (root, child) = (trace.Spans[0], trace.Spans[1]);
        Assert.Equal((rootSpanId, 0, "Server", (string?)null), (root.Span.SpanId, root.Depth, root.Span.Kind, root.Span.ParentSpanId));
        Assert.Equal((childSpanId, 1, "Client", rootSpanId), (child.Span.SpanId, child.Depth, child.Span.Kind, child.Span.ParentSpanId));
        Assert.Equal(new TelemetrySource(service, $"{service}-7"), child.Span.Source);
        Assert.Equal(sourceName, child.Span.Scope);
        Assert.Equal("/orders", root.Span.Attributes["http.route"]);
        Assert.Equal(("42", "true", "0.5", "[a, b]"),
            (child.Span.Attributes["answer"], child.Span.Attributes["flag"], child.Span.Attributes["ratio"], child.Span.Attributes["tags"]));
        Assert.Equal(("Error", "order store unavailable"), (child.Span.Status, child.Span.StatusMessage));
        var retry = Assert.Single(child.Span.Events);
        Assert.Equal(("retry", "2"), (retry.Name, retry.Attributes["attempt"]));
        Assert.True(child.Span.Start >= root.Span.Start && child.Span.End <= root.Span.End);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Metrics_arrive_as_series_with_values_and_histogram_percentiles(string protocol)
    {
        var service = $"metrics-{Slug(protocol)}";
        var meterName = $"Test.{service}";
        using (var meter = new Meter(meterName))
        using (var provider = Sdk.CreateMeterProviderBuilder()
                   .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service, autoGenerateServiceInstanceId: false))
                   .AddMeter(meterName)
                   .AddOtlpExporter((exporter, reader) =>
                   {
                       Configure(exporter, protocol, "metrics");
                       reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 600_000;
                   })
                   .Build())
        {
            var requests = meter.CreateCounter<long>("test.requests", "{request}", "Requests handled");
            requests.Add(3, new KeyValuePair<string, object?>("route", "/a"));
            requests.Add(2, new KeyValuePair<string, object?>("route", "/a"));
            requests.Add(7, new KeyValuePair<string, object?>("route", "/b"));
            var latency = meter.CreateHistogram<double>("test.latency", "ms");
            for (var value = 1; value <= 100; value++)
            {
                latency.Record(value);
            }
            meter.CreateObservableGauge("test.queue.depth", () => 17);
            Assert.True(provider.ForceFlush(10_000));
        }

        var source = new TelemetrySource(service, service);
        var counter = await Eventually.GetAsync(() => dashboard.Telemetry.Metrics.Get(source, "test.requests"), $"counter over {protocol}");
        Assert.Equal((MetricKind.Sum, true, true, "{request}", "Requests handled"),
            (counter.Summary.Descriptor.Kind, counter.Summary.Descriptor.IsMonotonic, counter.Summary.Descriptor.IsCumulative,
             counter.Summary.Descriptor.Unit, counter.Summary.Descriptor.Description));
        Assert.Equal(meterName, counter.Summary.Scope);
        var byRoute = counter.Series.ToDictionary(s => s.Attributes["route"]!, s => s.Points.Last().Value);
        Assert.Equal(5d, byRoute["/a"]);
        Assert.Equal(7d, byRoute["/b"]);

        var histogram = await Eventually.GetAsync(() => dashboard.Telemetry.Metrics.Get(source, "test.latency"), $"histogram over {protocol}");
        var points = Assert.Single(histogram.Series).Points;
        var point = points[0];
        Assert.Equal(MetricKind.Histogram, histogram.Summary.Descriptor.Kind);
        // Disposing the provider exports once more: cumulative and unchanged, so no observations in that interval.
        Assert.All(points.Skip(1), later => Assert.Equal((0UL, (double?)null), (later.Count, later.P50)));
        Assert.Equal(100UL, point.Count);
        Assert.Equal(5050d, point.Sum);
        // Default bounds 0,5,10,25,50,75,100,...: 50 values are at most 50, 90 at most 90 (interpolated in (75,100]).
        Assert.Equal(50d, point.P50!.Value, 3);
        Assert.Equal(90d, point.P90!.Value, 3);
        Assert.InRange(point.P99!.Value, 98.9, 99.1);

        var gauge = await Eventually.GetAsync(() => dashboard.Telemetry.Metrics.Get(source, "test.queue.depth"), $"gauge over {protocol}");
        Assert.Equal(MetricKind.Gauge, gauge.Summary.Descriptor.Kind);
        Assert.Equal(17d, Assert.Single(gauge.Series).Points.Last().Value);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Logs_arrive_with_bodies_levels_attributes_and_trace_context(string protocol)
    {
        var service = $"logs-{Slug(protocol)}";
        string traceId, spanId;
        using (var activitySource = new ActivitySource($"Test.{service}"))
        using (var listener = new ActivityListener { ShouldListenTo = s => s == activitySource, Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData })
        {
            ActivitySource.AddActivityListener(listener);
            using var factory = LoggerFactory.Create(logging => logging.AddOpenTelemetry(options =>
            {
                options.SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service, autoGenerateServiceInstanceId: false));
                options.IncludeFormattedMessage = true;
                options.AddOtlpExporter((exporter, processor) =>
                {
                    Configure(exporter, protocol, "logs");
                    processor.ExportProcessorType = ExportProcessorType.Simple;
                });
            }));
            var logger = factory.CreateLogger("Test.Orders");
            using (var activity = activitySource.StartActivity("place order")!)
            {
                (traceId, spanId) = (activity.TraceId.ToHexString(), activity.SpanId.ToHexString());
                logger.LogInformation("Order {OrderId} placed by {Customer}", 1234, "ada");
            }
            logger.LogWarning("Stock low for {Sku}", "X-1");
            logger.LogError("Payment declined");
        }

        var filter = new LogFilter(Resource: service);
        var entries = await Eventually.GetAsync(
            () => dashboard.Telemetry.Logs.Query(filter, 10) is { TotalMatches: 3 } result ? result.Entries : null, $"3 logs over {protocol}");
        var placed = entries.Single(e => e.Level == LogLevel.Information);
        Assert.Equal("Order 1234 placed by ada", placed.Message);
        Assert.Equal(("1234", "ada"), (placed.Attributes["OrderId"], placed.Attributes["Customer"]));
        Assert.Equal((traceId, spanId), (placed.TraceId, placed.SpanId));
        Assert.Equal("Test.Orders", placed.Scope);
        Assert.Equal(9, placed.SeverityNumber);
        var warning = entries.Single(e => e.Level == LogLevel.Warning);
        Assert.Equal(("Stock low for X-1", 13, (string?)null), (warning.Message, warning.SeverityNumber, warning.TraceId));
        Assert.Equal("Payment declined", entries.Single(e => e.Level == LogLevel.Error).Message);
        Assert.Equal(new TelemetrySource(service, service), placed.Source);
    }

    private void Configure(OtlpExporterOptions options, string protocol, string signal)
    {
        if (protocol == "grpc")
        {
            options.Protocol = OtlpExportProtocol.Grpc;
            options.Endpoint = dashboard.OtlpGrpc;
        }
        else
        {
            // Set in code (not through OTEL_EXPORTER_OTLP_ENDPOINT), the HTTP endpoint is used as given: add the signal path.
            options.Protocol = OtlpExportProtocol.HttpProtobuf;
            options.Endpoint = new Uri(dashboard.OtlpHttp, $"/v1/{signal}");
        }
    }

    private static string Slug(string protocol) => protocol.Replace('/', '-');
}
