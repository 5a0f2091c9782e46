using Google.Protobuf;
using Grpc.Core;
using OpenTelemetry.Proto.Collector.Trace.V1;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>
/// OTLP/gRPC: opentelemetry.proto.collector.trace.v1.TraceService/Export. Bound by hand rather than through the
/// generated base class so the request arrives as its bytes, which <see cref="OtlpTraceDecoder"/> reads without
/// building the generated messages first.
/// </summary>
[BindServiceMethod(typeof(OtlpTraceGrpcService), nameof(BindService))]
internal sealed class OtlpTraceGrpcService(TelemetryStores stores)
{
    private static readonly Method<OtlpPayload, ExportTraceServiceResponse> ExportMethod = new(
        MethodType.Unary,
        "opentelemetry.proto.collector.trace.v1.TraceService",
        "Export",
        Marshallers.Create<OtlpPayload>((_, _) => throw new NotSupportedException("The dashboard only receives trace exports."), OtlpPayload.Read),
        Marshallers.Create<ExportTraceServiceResponse>(response => response.ToByteArray(), ExportTraceServiceResponse.Parser.ParseFrom));

    public static void BindService(ServiceBinderBase binder, OtlpTraceGrpcService service) =>
        binder.AddMethod(ExportMethod, (UnaryServerMethod<OtlpPayload, ExportTraceServiceResponse>?)null);

    public Task<ExportTraceServiceResponse> Export(OtlpPayload request, ServerCallContext context)
    {
        using (request)
        {
            try
            {
                return Task.FromResult(OtlpTraceIngestion.Ingest(stores, request.Bytes));
            }
            catch (MalformedOtlpException e)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, $"Invalid ExportTraceServiceRequest: {e.Message}"));
            }
        }
    }
}
