using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AppHost.Tests.Infrastructure;
using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Logs.V1;
using OpenTelemetry.Proto.Resource.V1;
using Platform.Dashboard.Telemetry;

namespace AppHost.Tests.Otlp;

/// <summary>OTLP/HTTP details the SDK does not exercise: JSON, gzip, bad input, and which port serves what.</summary>
[Collection(DashboardCollection.Name)]
public sealed class OtlpHttpReceiverTests(DashboardFixture dashboard) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });

    [Fact]
    public async Task Json_with_hex_ids_is_accepted_and_answered_in_json()
    {
        const string traceId = "5b8efff798038103d269b633813fc60c";
        var json = $$$"""
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"json-client"}}]},
              "scopeSpans":[{"scope":{"name":"manual"},"spans":[{"traceId":"{{{traceId}}}","spanId":"eee19b7ec3c1b174",
                "name":"json span","kind":2,"startTimeUnixNano":"1544712660000000000","endTimeUnixNano":"1544712661000000000",
                "attributes":[{"key":"count","value":{"intValue":"3"}}],"status":{"code":2,"message":"boom"}}]}]}]}
            """;
        using var response = await _http.PostAsync(new Uri(dashboard.OtlpHttp, "/v1/traces"), new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{ }", await response.Content.ReadAsStringAsync());
        var span = Assert.Single(dashboard.Telemetry.Traces.Get(traceId)!.Spans).Span;
        Assert.Equal(("eee19b7ec3c1b174", "json span", "Server", "3", "Error", "boom"),
            (span.SpanId, span.Name, span.Kind, span.Attributes["count"], span.Status, span.StatusMessage));
        Assert.Equal(TimeSpan.FromSeconds(1), span.Duration);
        Assert.Equal("json-client", span.Source.ServiceName);
    }

    [Fact]
    public async Task Gzip_protobuf_is_accepted()
    {
        var request = LogRequest("gzip-client", "compressed hello");
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            request.WriteTo(gzip);
        }
        var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        content.Headers.ContentEncoding.Add("gzip");

        using var response = await _http.PostAsync(new Uri(dashboard.OtlpHttp, "/v1/logs"), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = ExportLogsServiceResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(answer.PartialSuccess);
        var entry = Assert.Single(dashboard.Telemetry.Logs.Query(new LogFilter("gzip-client"), 10).Entries);
        Assert.Equal("compressed hello", entry.Message);
    }

    [Theory]
    [InlineData("application/x-protobuf", "not protobuf at all \u00ff\u00fe", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"resourceLogs\": [ {", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"resourceLogs\":[{\"scopeLogs\":[{\"logRecords\":[{\"traceId\":\"zz\"}]}]}]}", HttpStatusCode.BadRequest)]
    [InlineData("text/plain", "hello", HttpStatusCode.UnsupportedMediaType)]
    public async Task Bad_input_gets_a_clear_error_and_changes_nothing(string contentType, string body, HttpStatusCode expected)
    {
        var before = dashboard.Telemetry.Logs.Query(new LogFilter(), int.MaxValue).TotalMatches;
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        using var response = await _http.PostAsync(new Uri(dashboard.OtlpHttp, "/v1/logs"), content);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, dashboard.Telemetry.Logs.Query(new LogFilter(), int.MaxValue).TotalMatches);
    }

    [Fact]
    public async Task Spans_with_invalid_ids_are_reported_as_rejected()
    {
        var request = new ExportTraceServiceRequest
        {
            ResourceSpans =
            {
                new OpenTelemetry.Proto.Trace.V1.ResourceSpans
                {
                    Resource = Resource("rejects"),
                    ScopeSpans = { new OpenTelemetry.Proto.Trace.V1.ScopeSpans { Spans = { new OpenTelemetry.Proto.Trace.V1.Span { Name = "no ids" } } } },
                },
            },
        };
        var content = new ByteArrayContent(request.ToByteArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");

        using var response = await _http.PostAsync(new Uri(dashboard.OtlpHttp, "/v1/traces"), content);

        var answer = ExportTraceServiceResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, answer.PartialSuccess.RejectedSpans);
        Assert.Empty(dashboard.Telemetry.Traces.Query(new TraceFilter("rejects"), 10));
    }

    [Fact]
    public async Task Each_port_serves_only_its_own_endpoints()
    {
        var logs = new ByteArrayContent(LogRequest("wrong-port", "x").ToByteArray());
        logs.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        using var otlpOnUi = await _http.PostAsync(new Uri(dashboard.Ui, "/v1/logs"), logs);
        using var uiOnOtlp = await _http.GetAsync(new Uri(dashboard.OtlpHttp, "/api/resources"));
        using var ui = await _http.GetAsync(new Uri(dashboard.Ui, "/api/resources"));

        Assert.Equal(HttpStatusCode.NotFound, otlpOnUi.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, uiOnOtlp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Empty(dashboard.Telemetry.Logs.Query(new LogFilter("wrong-port"), 10).Entries);
    }

    private static ExportLogsServiceRequest LogRequest(string service, string body) => new()
    {
        ResourceLogs =
        {
            new ResourceLogs
            {
                Resource = Resource(service),
                ScopeLogs =
                {
                    new ScopeLogs
                    {
                        LogRecords =
                        {
                            new LogRecord
                            {
                                TimeUnixNano = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000,
                                SeverityNumber = SeverityNumber.Info,
                                Body = new AnyValue { StringValue = body },
                            },
                        },
                    },
                },
            },
        },
    };

    private static Resource Resource(string service) =>
        new() { Attributes = { new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = service } } } };

    public void Dispose() => _http.Dispose();
}
