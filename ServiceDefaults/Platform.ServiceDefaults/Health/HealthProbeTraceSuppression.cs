using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Platform.ServiceDefaults.Health;

/// <summary>
/// The app host probes every few seconds; recording those requests would bury real traces,
/// so their request span is marked as not recorded and the exporters skip it.
/// </summary>
internal sealed class HealthProbeTraceSuppression(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (Activity.Current is { } activity && HealthExtensions.IsHealthProbe(context.Request.Path))
        {
            activity.IsAllDataRequested = false;
            activity.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }
        return next(context);
    }
}
