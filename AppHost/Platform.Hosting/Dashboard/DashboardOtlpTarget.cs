using Platform.Dashboard;
using Platform.Hosting.Orchestration;

namespace Platform.Hosting.Dashboard;

/// <summary>Services export to the dashboard: OTLP/gRPC (Aspire's default) or OTLP/HTTP, per AppHost:OtlpProtocol.</summary>
internal sealed class DashboardOtlpTarget(DashboardHost dashboard, AppHostOptions options) : IOtlpTargetSource
{
    public OtlpTarget? GetTarget() => options.OtlpProtocol == "grpc"
        ? new OtlpTarget(Trim(dashboard.OtlpGrpcUrl), "grpc")
        : new OtlpTarget(Trim(dashboard.OtlpHttpUrl), "http/protobuf");

    private static string Trim(Uri url) => url.GetLeftPart(UriPartial.Authority);
}
