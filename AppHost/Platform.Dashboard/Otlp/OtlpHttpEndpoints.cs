using System.IO.Compression;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>
/// OTLP/HTTP: POST /v1/traces, /v1/metrics, /v1/logs with application/x-protobuf or application/json bodies
/// (optionally gzip-compressed); the response is the export response in the request's encoding.
/// A body that does not decode gets 400 and changes nothing.
/// </summary>
internal static class OtlpHttpEndpoints
{
    private const string Protobuf = "application/x-protobuf";
    private const string Json = "application/json";

    public static void MapOtlpHttp(this IEndpointRouteBuilder endpoints)
    {
        var otlp = endpoints.MapGroup("/v1").WithMetadata(DashboardListener.OtlpHttp);
        otlp.MapPost("/traces", (HttpContext context, TelemetryStores stores, DashboardOptions options) =>
            ExportAsync<ExportTraceServiceRequest>(context, options, request => OtlpTraceIngestion.Ingest(stores, request),
                body => OtlpTraceIngestion.Ingest(stores, body)));
        otlp.MapPost("/metrics", (HttpContext context, TelemetryStores stores, DashboardOptions options) =>
            ExportAsync<ExportMetricsServiceRequest>(context, options, request => OtlpMetricIngestion.Ingest(stores, request)));
        otlp.MapPost("/logs", (HttpContext context, TelemetryStores stores, DashboardOptions options) =>
            ExportAsync<ExportLogsServiceRequest>(context, options, request => OtlpLogIngestion.Ingest(stores, request),
                body => OtlpLogIngestion.Ingest(stores, body)));
    }

    /// <summary><paramref name="ingestProtobuf"/>, when given, takes protobuf bodies as they are, without parsing them first.</summary>
    private static async Task<IResult> ExportAsync<TRequest>(HttpContext context, DashboardOptions options, Func<TRequest, IMessage> ingest,
        Func<byte[], IMessage>? ingestProtobuf = null)
        where TRequest : IMessage<TRequest>, new()
    {
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not (Protobuf or Json))
        {
            return Results.Text($"Unsupported content type '{context.Request.ContentType}': send {Protobuf} or {Json}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        var encoding = context.Request.Headers.ContentEncoding.ToString().ToLowerInvariant();
        if (encoding is not ("" or "identity" or "gzip"))
        {
            return Results.Text($"Unsupported content encoding '{encoding}': send gzip or none.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        byte[] body;
        try
        {
            body = await ReadBodyAsync(context.Request.Body, encoding == "gzip", options.MaxRequestBodyBytes, context.RequestAborted);
        }
        catch (InvalidDataException e)
        {
            return Results.Text($"Invalid gzip body: {e.Message}", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (BodyTooLargeException)
        {
            return Results.Text($"The body exceeds {options.MaxRequestBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        IMessage response;
        try
        {
            response = (mediaType, ingestProtobuf) switch
            {
                (Protobuf, not null) => ingestProtobuf(body),
                (Protobuf, null) => ingest(new MessageParser<TRequest>(() => new TRequest()).ParseFrom(body)),
                _ => ingest(OtlpJson.Parse<TRequest>(System.Text.Encoding.UTF8.GetString(body))),
            };
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or MalformedOtlpException or InvalidJsonException or System.Text.Json.JsonException or FormatException)
        {
            return Results.Text($"Invalid OTLP {typeof(TRequest).Name}: {e.Message}", statusCode: StatusCodes.Status400BadRequest);
        }

        return mediaType == Protobuf
            ? Results.Bytes(response.ToByteArray(), Protobuf)
            : Results.Text(OtlpJson.Format(response), Json);
    }

    private static async Task<byte[]> ReadBodyAsync(Stream body, bool gzip, long limit, CancellationToken cancellationToken)
    {
        var source = gzip ? new GZipStream(body, CompressionMode.Decompress, leaveOpen: true) : body;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            // Counted after decompression, so a small gzip bomb is refused like a large body.
            while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new BodyTooLargeException();
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        finally
        {
            if (gzip)
            {
                await source.DisposeAsync();
            }
        }
    }
}
