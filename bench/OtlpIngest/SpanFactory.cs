using Google.Protobuf;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Trace.V1;

namespace Platform.Bench.OtlpIngest;

/// <summary>
/// Spans shaped like the services' own: per trace, each service serves one request (an HTTP server span at the
/// gateway, gRPC server spans elsewhere), calls the next service over gRPC and Redis a few times, with the
/// semantic-convention attributes .NET's and the platform's instrumentation record (10 to 15 each).
/// </summary>
internal static class SpanFactory
{
    public const int SpansPerServicePerTrace = 5;

    private static readonly DateTimeOffset Epoch = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The spans <paramref name="service"/> records for trace number <paramref name="trace"/>, in end order.</summary>
    public static IEnumerable<(string Scope, Span Span)> ForTrace(long trace, int service)
    {
        var shape = ServiceShape.All[service];
        var next = ServiceShape.All[1 + service % (ServiceShape.All.Length - 1)]; // the gateway serves no gRPC
        var traceId = Ids.Trace(trace);
        var start = (ulong)(Epoch.ToUnixTimeMilliseconds() + trace * 3) * 1_000_000UL + (ulong)service * 400_000UL;
        var server = Ids.Span(trace, service, 0);
        // The server span's parent is the previous service's outgoing call (the gateway's is the load generator's).
        var parent = service == 0 ? ByteString.Empty : Ids.Span(trace, service - 1, 4);
        var method = shape.Methods.Length == 0 ? "" : shape.Methods[(int)(trace % shape.Methods.Length)];
        var user = trace % 256;

        for (var i = 1; i <= 3; i++)
        {
            yield return ("Platform.Redis", Redis(traceId, Ids.Span(trace, service, i), server, start + (ulong)i * 50_000, user, i));
        }
        var call = next.Methods[(int)(trace % next.Methods.Length)];
        yield return ("System.Net.Http", GrpcClient(traceId, Ids.Span(trace, service, 4), server, start + 200_000, next, call));
        yield return service == 0
            ? ("Microsoft.AspNetCore", HttpServer(traceId, server, start, trace))
            : ("Platform.Grpc", GrpcServer(traceId, server, parent, start, shape, method));
    }

    private static Span HttpServer(ByteString traceId, ByteString spanId, ulong start, long trace)
    {
        var withdrawal = $"w_{trace:x12}";
        var span = NewSpan(traceId, spanId, ByteString.Empty, "POST /api/withdrawals/{id}/confirm", Span.Types.SpanKind.Server, start, 2_400_000);
        span.Attributes.Add([
            Text("http.request.method", "POST"),
            Text("url.scheme", "http"),
            Text("url.path", $"/api/withdrawals/{withdrawal}/confirm"),
            Text("http.route", "/api/withdrawals/{id}/confirm"),
            Text("server.address", "localhost"),
            Number("server.port", 5080),
            Text("network.protocol.version", "1.1"),
            Number("http.response.status_code", 200),
            Text("user_agent.original", "WithdrawalsLoad/1.0"),
            Text("client.address", "127.0.0.1"),
            Text("network.peer.address", "127.0.0.1"),
            Number("network.peer.port", 40_000 + trace % 20_000),
        ]);
        return span;
    }

    private static Span GrpcServer(ByteString traceId, ByteString spanId, ByteString parent, ulong start, ServiceShape shape, string method)
    {
        var span = NewSpan(traceId, spanId, parent, $"{shape.GrpcService}/{method}", Span.Types.SpanKind.Server, start, 1_800_000);
        span.Attributes.Add([
            Text("rpc.system", "grpc"),
            Text("rpc.service", shape.GrpcService),
            Text("rpc.method", method),
            Number("rpc.grpc.status_code", 0),
            Text("server.address", "127.0.0.1"),
            Number("server.port", shape.Port),
            Text("network.protocol.name", "http"),
            Text("network.protocol.version", "2"),
            Text("http.request.method", "POST"),
            Text("url.path", $"/{shape.GrpcService}/{method}"),
            Text("url.scheme", "http"),
            Number("http.response.status_code", 200),
            Text("client.address", "127.0.0.1"),
        ]);
        return span;
    }

    private static Span GrpcClient(ByteString traceId, ByteString spanId, ByteString parent, ulong start, ServiceShape target, string method)
    {
        var span = NewSpan(traceId, spanId, parent, $"{target.GrpcService}/{method}", Span.Types.SpanKind.Client, start, 1_500_000);
        span.Attributes.Add([
            Text("rpc.system", "grpc"),
            Text("rpc.service", target.GrpcService),
            Text("rpc.method", method),
            Text("server.address", "127.0.0.1"),
            Number("server.port", target.Port),
            Text("network.protocol.name", "http"),
            Text("network.protocol.version", "2"),
            Number("rpc.grpc.status_code", 0),
            Text("http.request.method", "POST"),
            Text("url.full", $"http://127.0.0.1:{target.Port}/{target.GrpcService}/{method}"),
            Number("http.response.status_code", 200),
        ]);
        return span;
    }

    private static Span Redis(ByteString traceId, ByteString spanId, ByteString parent, ulong start, long user, int call)
    {
        var (operation, query) = call switch
        {
            1 => ("HGETALL", $"HGETALL {{user:{user}}}:credit"),
            2 => ("EVALSHA", $"EVALSHA 5f2a8c1e9b7d3a6f0e4c2b1a9d8e7f6a5b4c3d2e 2 {{user:{user}}}:credit {{user:{user}}}:ledger"),
            _ => ("XADD", "XADD withdrawal-events * data ?"),
        };
        var span = NewSpan(traceId, spanId, parent, operation, Span.Types.SpanKind.Client, start, 120_000);
        span.Attributes.Add([
            Text("db.system", "redis"),
            Text("db.system.name", "redis"),
            Text("db.operation.name", operation),
            Text("db.query.text", query),
            Text("db.namespace", "0"),
            Text("server.address", "127.0.0.1"),
            Number("server.port", 6379),
            Text("network.peer.address", "127.0.0.1"),
            Number("network.peer.port", 6379),
            Text("network.transport", "tcp"),
        ]);
        return span;
    }

    private static Span NewSpan(ByteString traceId, ByteString spanId, ByteString parent, string name, Span.Types.SpanKind kind, ulong start, ulong duration) => new()
    {
        TraceId = traceId,
        SpanId = spanId,
        ParentSpanId = parent,
        Name = name,
        Kind = kind,
        StartTimeUnixNano = start,
        EndTimeUnixNano = start + duration,
        Flags = 0x101,
        Status = new Status(),
    };

    public static KeyValue Text(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };

    public static KeyValue Number(string key, long value) => new() { Key = key, Value = new AnyValue { IntValue = value } };
}
