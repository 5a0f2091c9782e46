using System.Diagnostics;
using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace Platform.Bench.OtlpIngest;

/// <summary>The floor: parsing requests of the same shape with Google.Protobuf and nothing else, on one thread.</summary>
internal static class ParseFloor
{
    private const int DistinctRequests = 12;

    public static Measurement Measure(TelemetryKind kind, TimeSpan duration)
    {
        var batches = new ExportBatches(kind);
        var requests = Enumerable.Range(0, DistinctRequests).Select(_ => batches.Next()).ToArray();
        MessageParser parser = kind == TelemetryKind.Logs ? ExportLogsServiceRequest.Parser : ExportTraceServiceRequest.Parser;
        Parse(parser, requests, TimeSpan.FromSeconds(1)); // JIT and tiering
        var before = ProcessCpu.Now();
        var clock = Stopwatch.StartNew();
        var parsed = Parse(parser, requests, duration);
        return new Measurement(parsed * ExportBatches.BatchSize, clock.Elapsed, ProcessCpu.Now() - before);
    }

    private static long Parse(MessageParser parser, byte[][] requests, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var parsed = 0L;
        while (clock.Elapsed < duration)
        {
            foreach (var request in requests)
            {
                GC.KeepAlive(parser.ParseFrom(request));
                parsed++;
            }
        }
        return parsed;
    }
}
