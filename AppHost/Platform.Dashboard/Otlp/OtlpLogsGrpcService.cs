using Google.Protobuf;
using Grpc.Core;
using OpenTelemetry.Proto.Collector.Logs.V1;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>
/// OTLP/gRPC: opentelemetry.proto.collector.logs.v1.LogsService/Export, bound by hand like
/// <see cref="OtlpTraceGrpcService"/> so <see cref="OtlpLogDecoder"/> reads the request bytes.
/// </summary>
[BindServiceMethod(typeof(OtlpLogsGrpcService), nameof(BindService))]
internal sealed class OtlpLogsGrpcService(TelemetryStores stores)
{
    private static readonly Method<OtlpPayload, ExportLogsServiceResponse> ExportMethod = new(
        MethodType.Unary,
        "opentelemetry.proto.collector.logs.v1.LogsService",
        "Export",
        Marshallers.Create<OtlpPayload>((_, _) => throw new NotSupportedException("The dashboard only receives log exports."), OtlpPayload.Read),
        Marshallers.Create<ExportLogsServiceResponse>(response => response.ToByteArray(), ExportLogsServiceResponse.Parser.ParseFrom));

    public static void BindService(ServiceBinderBase binder, OtlpLogsGrpcService service) =>
        binder.AddMethod(ExportMethod, (UnaryServerMethod<OtlpPayload, ExportLogsServiceResponse>?)null);

    public Task<ExportLogsServiceResponse> Export(OtlpPayload request, ServerCallContext context)
    {
        using (request)
        {
            try
            {
                return Task.FromResult(OtlpLogIngestion.Ingest(stores, request.Bytes));
            }
            catch (MalformedOtlpException e)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, $"Invalid ExportLogsServiceRequest: {e.Message}"));
            }
        }
    }
}
