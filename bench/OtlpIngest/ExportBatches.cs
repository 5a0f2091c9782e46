using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Logs.V1;
using OpenTelemetry.Proto.Trace.V1;
using OtlpResource = OpenTelemetry.Proto.Resource.V1.Resource;

namespace Platform.Bench.OtlpIngest;

/// <summary>
/// Export requests as each service's batch exporter sends them: one resource, its spans (or log records) grouped by
/// instrumentation scope, <see cref="BatchSize"/> per request. Services take turns over the same stream of traces,
/// so the dashboard joins every trace's spans from six services, as it does under load.
/// </summary>
internal sealed class ExportBatches
{
    public const int BatchSize = 512;

    private readonly Queue<(string Scope, IMessage Item)>[] _pending = ServiceShape.All.Select(_ => new Queue<(string, IMessage)>()).ToArray();
    private readonly long[] _nextTrace = new long[ServiceShape.All.Length];
    private readonly bool _logs;
    private int _service;

    public ExportBatches(TelemetryKind kind) => _logs = kind == TelemetryKind.Logs;

    /// <summary>The next service's next request, encoded.</summary>
    public byte[] Next()
    {
        var service = _service;
        _service = (_service + 1) % ServiceShape.All.Length;
        var pending = _pending[service];
        while (pending.Count < BatchSize)
        {
            var trace = _nextTrace[service]++;
            foreach (var item in _logs
                ? LogFactory.ForTrace(trace, service).Select(l => (l.Scope, (IMessage)l.Record))
                : SpanFactory.ForTrace(trace, service).Select(s => (s.Scope, (IMessage)s.Span)))
            {
                pending.Enqueue(item);
            }
        }
        var items = Enumerable.Range(0, BatchSize).Select(_ => pending.Dequeue()).ToList();
        return _logs ? Logs(service, items).ToByteArray() : Traces(service, items).ToByteArray();
    }

    private static ExportTraceServiceRequest Traces(int service, List<(string Scope, IMessage Item)> items)
    {
        var resourceSpans = new ResourceSpans { Resource = Resource(service), SchemaUrl = "" };
        foreach (var scope in items.GroupBy(i => i.Scope))
        {
            var scopeSpans = new ScopeSpans { Scope = new InstrumentationScope { Name = scope.Key, Version = "1.0.0" } };
            scopeSpans.Spans.Add(scope.Select(i => (Span)i.Item));
            resourceSpans.ScopeSpans.Add(scopeSpans);
        }
        return new ExportTraceServiceRequest { ResourceSpans = { resourceSpans } };
    }

    private static ExportLogsServiceRequest Logs(int service, List<(string Scope, IMessage Item)> items)
    {
        var resourceLogs = new ResourceLogs { Resource = Resource(service) };
        foreach (var scope in items.GroupBy(i => i.Scope))
        {
            var scopeLogs = new ScopeLogs { Scope = new InstrumentationScope { Name = scope.Key } };
            scopeLogs.LogRecords.Add(scope.Select(i => (LogRecord)i.Item));
            resourceLogs.ScopeLogs.Add(scopeLogs);
        }
        return new ExportLogsServiceRequest { ResourceLogs = { resourceLogs } };
    }

    /// <summary>The resource attributes the OpenTelemetry .NET SDK sends with the app host's environment.</summary>
    private static OtlpResource Resource(int service)
    {
        var name = ServiceShape.All[service].Name;
        var resource = new OtlpResource();
        resource.Attributes.Add([
            SpanFactory.Text("service.name", name),
            SpanFactory.Text("service.instance.id", $"{name}-0"),
            SpanFactory.Text("telemetry.sdk.name", "opentelemetry"),
            SpanFactory.Text("telemetry.sdk.language", "dotnet"),
            SpanFactory.Text("telemetry.sdk.version", "1.20.1"),
        ]);
        return resource;
    }
}
