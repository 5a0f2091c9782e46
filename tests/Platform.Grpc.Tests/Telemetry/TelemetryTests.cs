using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Grpc.Core;
using Platform.Grpc.Telemetry;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Grpc.Tests.Telemetry;

[Collection(GrpcCollection.Name)]
public sealed class TelemetryTests(GrpcServerFixture fixture) : IDisposable
{
    private static readonly ActivitySource TestSource = new("Platform.Grpc.Tests");
    private readonly ConcurrentBag<Activity> _stopped = [];
    private readonly ActivityListener _listener = new()
    {
        // ASP.NET Core and HttpClient spans too, as an app's telemetry would: the trace must stay connected through them.
        ShouldListenTo = source => source.Name is GrpcTelemetry.ActivitySourceName or "Platform.Grpc.Tests" or "Microsoft.AspNetCore" or "System.Net.Http",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    private void Listen()
    {
        _listener.ActivityStopped = _stopped.Add;
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task Client_and_server_spans_carry_rpc_attributes_in_one_trace()
    {
        Listen();
        using var parent = TestSource.StartActivity("test-parent")!;

        await fixture.Client.EchoAsync(new EchoRequest { Text = "traced" });
        parent.Stop();

        var client = await WaitForSpanAsync(parent.TraceId, ActivityKind.Client);
        var server = await WaitForSpanAsync(parent.TraceId, ActivityKind.Server);
        foreach (var span in new[] { client, server })
        {
            Assert.Equal("platform.testing.TestService/Echo", span.DisplayName);
            Assert.Equal("grpc", span.GetTagItem("rpc.system"));
            Assert.Equal("platform.testing.TestService", span.GetTagItem("rpc.service"));
            Assert.Equal("Echo", span.GetTagItem("rpc.method"));
            Assert.Equal(0, span.GetTagItem("rpc.grpc.status_code"));
            Assert.Equal("127.0.0.1", span.GetTagItem("server.address"));
            Assert.Equal(fixture.Host.Address.Port, span.GetTagItem("server.port"));
            Assert.NotEqual(ActivityStatusCode.Error, span.Status);
        }

        Assert.Equal(parent.SpanId, client.ParentSpanId);
        Assert.True(IsDescendant(server, client), "the server span continues the client span's trace");
    }

    [Fact]
    public async Task Failed_call_marks_the_spans_as_errors()
    {
        Listen();
        using var parent = TestSource.StartActivity("test-parent")!;

        await Assert.ThrowsAsync<RpcException>(async () => await fixture.Client.EchoAsync(new EchoRequest { ThrowUnhandled = true }));
        parent.Stop();

        var client = await WaitForSpanAsync(parent.TraceId, ActivityKind.Client);
        var server = await WaitForSpanAsync(parent.TraceId, ActivityKind.Server);
        Assert.Equal((int)StatusCode.Unknown, client.GetTagItem("rpc.grpc.status_code"));
        Assert.Equal(ActivityStatusCode.Error, client.Status);
        Assert.Equal(ActivityStatusCode.Error, server.Status);
        Assert.Equal("UNKNOWN", server.GetTagItem("error.type"));
    }

    [Fact]
    public async Task Call_durations_are_recorded_as_histograms()
    {
        var measurements = new ConcurrentBag<(string Instrument, double Value, string? Method)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == GrpcTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            string? method = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "rpc.method")
                {
                    method = tag.Value as string;
                }
            }

            measurements.Add((instrument.Name, value, method));
        });
        meterListener.Start();

        await fixture.Client.EchoAsync(new EchoRequest { Text = "measured" });

        await WaitUntilAsync(() => measurements.Any(m => m.Instrument == GrpcTelemetry.ServerDurationInstrument) && measurements.Any(m => m.Instrument == GrpcTelemetry.ClientDurationInstrument));
        Assert.All(measurements.Where(m => m.Method == "Echo"), m => Assert.InRange(m.Value, 0, 60));
    }

    private async Task<Activity> WaitForSpanAsync(ActivityTraceId traceId, ActivityKind kind)
    {
        Activity? found = null;
        await WaitUntilAsync(() => (found = _stopped.FirstOrDefault(span => span.TraceId == traceId && span.Kind == kind && span.Source.Name == GrpcTelemetry.ActivitySourceName)) is not null);
        return found!;
    }

    private bool IsDescendant(Activity span, Activity ancestor)
    {
        var byId = _stopped.Where(candidate => candidate.TraceId == span.TraceId).ToDictionary(candidate => candidate.SpanId);
        for (var parentId = span.ParentSpanId; parentId != default;)
        {
            if (parentId == ancestor.SpanId)
            {
                return true;
            }

            if (!byId.TryGetValue(parentId, out var parent))
            {
                return false;
            }

            parentId = parent.ParentSpanId;
        }

        return false;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for telemetry");
            await Task.Delay(20);
        }
    }
}
