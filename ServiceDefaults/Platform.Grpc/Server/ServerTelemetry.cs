using System.Diagnostics;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Platform.Grpc.Telemetry;

namespace Platform.Grpc.Server;

/// <summary>
/// Starts the server span. Under ASP.NET Core's request span (which already continued the caller's
/// trace) it becomes its child; when ASP.NET Core made no span, it continues the trace from the
/// request's <c>traceparent</c>/<c>tracestate</c> itself.
/// </summary>
internal static class ServerTelemetry
{
    public static RpcCallTelemetry Start(HttpContext httpContext, IMethod method)
    {
        if (!GrpcTelemetry.Source.HasListeners() && !GrpcTelemetry.ServerDuration.Enabled)
        {
            return RpcCallTelemetry.StartServer(method, default, null, null, null);
        }

        var parent = Activity.Current is null ? ExtractParent(httpContext.Request.Headers) : default;
        var host = httpContext.Request.Host;
        return RpcCallTelemetry.StartServer(method, parent, host.Host, host.Port, httpContext.Connection.RemoteIpAddress?.ToString());
    }

    private static ActivityContext ExtractParent(IHeaderDictionary headers)
    {
        DistributedContextPropagator.Current.ExtractTraceIdAndState(
            headers,
            static (object? carrier, string name, out string? value, out IEnumerable<string>? values) =>
            {
                values = null;
                value = ((IHeaderDictionary)carrier!)[name];
                value = string.IsNullOrEmpty(value) ? null : value;
            },
            out var traceParent,
            out var traceState);
        return ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : default;
    }
}
