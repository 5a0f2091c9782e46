using Grpc.Core;
using OpenTelemetry.Proto.Collector.Trace.V1;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>OTLP/gRPC: opentelemetry.proto.collector.trace.v1.TraceService/Export.</summary>
internal sealed class OtlpTraceGrpcService(TelemetryStores stores) : TraceService.TraceServiceBase
{
    public override Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context) =>
        Task.FromResult(OtlpTraceIngestion.Ingest(stores, request));
}
