using Grpc.Core;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Otlp;

/// <summary>OTLP/gRPC: opentelemetry.proto.collector.metrics.v1.MetricsService/Export.</summary>
internal sealed class OtlpMetricsGrpcService(TelemetryStores stores) : MetricsService.MetricsServiceBase
{
    public override Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context) =>
        Task.FromResult(OtlpMetricIngestion.Ingest(stores, request));
}
