using Grpc.Core;
using OpenTelemetry.Proto.Collector.Logs.V1;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>OTLP/gRPC: opentelemetry.proto.collector.logs.v1.LogsService/Export.</summary>
internal sealed class OtlpLogsGrpcService(TelemetryStores stores) : LogsService.LogsServiceBase
{
    public override Task<ExportLogsServiceResponse> Export(ExportLogsServiceRequest request, ServerCallContext context) =>
        Task.FromResult(OtlpLogIngestion.Ingest(stores, request));
}
