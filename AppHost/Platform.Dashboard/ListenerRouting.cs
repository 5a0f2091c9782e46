using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Platform.Dashboard;

/// <summary>Answers 404 when a request reaches an endpoint through another port than the one it belongs to.</summary>
internal sealed class ListenerRouting(RequestDelegate next, Func<DashboardListener, ListenOptions> listeners)
{
    private static readonly DashboardListener[] All = [DashboardListener.Ui, DashboardListener.OtlpGrpc, DashboardListener.OtlpHttp];

    public Task InvokeAsync(HttpContext context)
    {
        var expected = context.GetEndpoint()?.Metadata.GetMetadata<DashboardListener>();
        if (expected is null)
        {
            return next(context);
        }
        var arrivedOn = All.FirstOrDefault(l => listeners(l).IPEndPoint?.Port == context.Connection.LocalPort);
        if (arrivedOn != expected)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
