using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Platform.Dashboard.Telemetry;

namespace Platform.Dashboard.Api;

/// <summary>The stores as JSON, with the same filters as the pages: for scripts and tests.</summary>
internal static class TelemetryApi
{
    public static void MapTelemetryApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithMetadata(DashboardListener.Ui);
        api.MapGet("/telemetry/sources", (TelemetryStores stores) => stores.Sources);
        api.MapGet("/logs", (string? resource, LogLevel? level, string? q, string? traceId, int? limit, TelemetryStores stores) =>
        {
            var (entries, total) = stores.Logs.Query(new LogFilter(resource, level, q, traceId), Math.Clamp(limit ?? 200, 1, 10_000));
            return new { total, entries };
        });
        api.MapGet("/traces", (string? resource, string? q, bool? errors, int? limit, TelemetryStores stores) =>
            stores.Traces.Query(new TraceFilter(resource, q, errors ?? false), Math.Clamp(limit ?? 100, 1, 10_000)));
        api.MapGet("/traces/{traceId}", (string traceId, TelemetryStores stores) =>
            stores.Traces.Get(traceId) is { } trace ? Results.Ok(trace) : Results.NotFound(new { error = $"No trace {traceId}." }));
        api.MapGet("/metrics", (string? resource, TelemetryStores stores) =>
            stores.Metrics.ListInstruments().Where(i => i.Source.Matches(resource)));
        api.MapGet("/metrics/{instance}/{name}", (string instance, string name, TelemetryStores stores) =>
            stores.Sources.FirstOrDefault(s => s.InstanceId == instance) is { } source && stores.Metrics.Get(source, name) is { } view
                ? Results.Ok(view)
                : Results.NotFound(new { error = $"No instrument {name} from {instance}." }));
    }
}
