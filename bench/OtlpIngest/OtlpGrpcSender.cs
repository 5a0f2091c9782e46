using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace Platform.Bench.OtlpIngest;

/// <summary>
/// The sending side (its own process, so its CPU is not the dashboard's): unary OTLP/gRPC Export calls over h2c,
/// <see cref="Concurrency"/> in flight, as fast as the dashboard answers. Each line "count" on standard input is
/// answered with the number of spans or records acknowledged so far; the end of standard input stops it.
/// </summary>
internal static class OtlpGrpcSender
{
    private const int Concurrency = 2;

    public static async Task RunAsync(TelemetryKind kind, Uri dashboard)
    {
        var path = kind == TelemetryKind.Logs
            ? "/opentelemetry.proto.collector.logs.v1.LogsService/Export"
            : "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
        using var client = new HttpClient(new SocketsHttpHandler()) { BaseAddress = dashboard };
        var batches = new ExportBatches(kind);
        var acknowledged = 0L;
        using var stop = new CancellationTokenSource();

        async Task SendLoopAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                byte[] message;
                lock (batches)
                {
                    message = batches.Next();
                }
                await ExportAsync(client, path, message, stop.Token);
                Interlocked.Add(ref acknowledged, ExportBatches.BatchSize);
            }
        }

        async Task AnswerAsync()
        {
            while (await Console.In.ReadLineAsync() is { } command)
            {
                if (command == "count")
                {
                    Console.WriteLine(Interlocked.Read(ref acknowledged));
                }
            }
        }

        var loops = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(SendLoopAsync)).ToList();
        // A failed export ends the sender at once (the dashboard sees it exit), as does the end of standard input.
        var first = await Task.WhenAny([.. loops, Task.Run(AnswerAsync)]);
        await stop.CancelAsync();
        await first;
        try
        {
            await Task.WhenAll(loops);
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-call.
        }
    }

    private static async Task ExportAsync(HttpClient client, string path, byte[] message, CancellationToken cancellationToken)
    {
        var framed = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(framed.AsSpan(1), (uint)message.Length);
        message.CopyTo(framed, 5);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(framed),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact, // h2c with prior knowledge, as gRPC clients do
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = response.TrailingHeaders.TryGetValues("grpc-status", out var trailer) ? trailer.First()
            : response.Headers.TryGetValues("grpc-status", out var header) ? header.First() : null;
        if (response.StatusCode != HttpStatusCode.OK || status != "0")
        {
            throw new InvalidOperationException($"Export failed: HTTP {(int)response.StatusCode}, grpc-status {status ?? "missing"}: {body}");
        }
    }
}
